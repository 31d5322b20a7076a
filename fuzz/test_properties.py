"""The bounded profile of the fuzz campaign, in the default test run (tens of seconds in total).

Each test draws programs with Hypothesis; a failure shrinks to a small program printed as source.
Constructs behind open bugs (`strategies.OPEN_BUGS`) are left out here: their regression examples
(test_regressions.py) fail until the bugs are fixed.
"""

from __future__ import annotations

from hypothesis import given, settings

from fuzz.campaign import ALL_HEALTH_CHECKS, draw_cases, strategies_for
from fuzz.hashseed import check_hash_seeds
from fuzz.properties import Case, check_cancellation, check_determinism, check_differential

PROFILE = settings(
    max_examples=120, deadline=None, database=None, suppress_health_check=ALL_HEALTH_CHECKS, print_blob=True
)


def _explain(case: Case, problem: str | None) -> str:
    return f"\n--- program ---\n{case.source}--- scripts ---\n{dict(case.scripts)}\ncancel at: {case.cancel_at_seconds}\n{problem}"


@PROFILE
@given(strategies_for("differential"))
def test_interpreter_agrees_with_cpython_reference(case: Case) -> None:
    problem = check_differential(case)
    assert problem is None, _explain(case, problem)


@settings(PROFILE, max_examples=80)
@given(strategies_for("determinism"))
def test_two_runs_leave_identical_traces(case: Case) -> None:
    problem = check_determinism(case)
    assert problem is None, _explain(case, problem)


@PROFILE
@given(strategies_for("cancellation"))
def test_cancelled_run_leaves_nothing_running_and_runs_every_finally(case: Case) -> None:
    problem = check_cancellation(case)
    assert problem is None, _explain(case, problem)


def test_traces_do_not_depend_on_the_hash_seed() -> None:
    cases = draw_cases(strategies_for("determinism"), 40)
    failures = check_hash_seeds(cases, seeds=(0, 1, 2))
    assert not failures, "\n".join(_explain(case, problem) for case, problem in failures[:3])
