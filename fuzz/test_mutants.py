"""The properties catch the bugs they exist for: each test breaks the interpreter on purpose
(`fuzz.mutants`) and asserts that the fuzzer finds a failing program, and prints it."""

from __future__ import annotations

from fuzz.campaign import Check, PropertyReport, draw_cases, hunt, strategies_for
from fuzz.hashseed import check_hash_seeds
from fuzz.mutants import MUTANTS
from fuzz.properties import check_determinism, check_differential


def hunt_with_mutant(mutant: str, prop: str, check: Check, seed: int) -> PropertyReport:
    """A minute's hunt (or until the first failing round) with the interpreter broken by `mutant`."""
    with MUTANTS[mutant]():
        return hunt(prop, strategies_for(prop), check, seconds=60, seed=seed, stop_at_first=True)


def test_gather_that_cancels_its_siblings_is_caught() -> None:
    report = hunt_with_mutant("gather_cancels_siblings", "differential", check_differential, seed=5)
    assert report.findings, f"no divergence in {report.programs} programs whose gather cancels siblings"
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
    report = hunt_with_mutant("entropy_ordered_tasks", "determinism", check_determinism, seed=3)
    assert report.findings, f"no nondeterminism found in {report.programs} programs"
    print(report.findings[0].report())
