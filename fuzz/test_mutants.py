"""The properties catch the bugs they exist for: each test breaks the interpreter on purpose
(`fuzz.mutants`) and asserts that the fuzzer finds a failing program, and prints it."""

from __future__ import annotations

from fuzz.campaign import draw_cases, hunt, strategies_for
from fuzz.hashseed import check_hash_seeds
from fuzz.mutants import MUTANTS
from fuzz.properties import check_determinism, check_differential


def test_gather_that_leaves_siblings_running_is_caught() -> None:
    with MUTANTS["gather_leaves_siblings"]():
        report = hunt(
            "differential",
            strategies_for("differential"),
            check_differential,
            seconds=60,
            seed=5,
            stop_at_first=True,
        )
    assert report.findings, f"no divergence in {report.programs} programs with siblings left running"
    finding = report.findings[0]
    print(finding.report())
    assert "gather" in finding.case.source
    assert len(finding.case.source.splitlines()) <= 12, "shrinking should end in a small program"


def test_hash_dependent_task_order_is_caught_across_hash_seeds() -> None:
    cases = draw_cases(strategies_for("determinism"), 80)
    failures = check_hash_seeds(cases, seeds=(0, 1, 2), mutant="hash_ordered_tasks")
    assert failures, "a task order that depends on string hashing went unnoticed"
    case, problem = min(failures, key=lambda f: len(f[0].source))
    print(case.source, problem)
    assert not check_hash_seeds([case], seeds=(0, 1, 2)), "the same programs are deterministic unpatched"


def test_entropy_dependent_task_order_is_caught_within_one_process() -> None:
    with MUTANTS["entropy_ordered_tasks"]():
        report = hunt(
            "determinism",
            strategies_for("determinism"),
            check_determinism,
            seconds=60,
            seed=3,
            stop_at_first=True,
        )
    assert report.findings, f"no nondeterminism found in {report.programs} programs"
    print(report.findings[0].report())
