"""Time-boxed campaigns: generate programs per property, shrink what fails, report counts and findings.

A campaign runs each property in rounds of Hypothesis examples (a fresh random seed per round) until
its share of the time is spent. A failing round ends with Hypothesis' shrunk example: the smallest
program that still fails, as source plus call-site scripts, ready to become a regression example
(`corpus.save`). Findings are de-duplicated by the kind of problem, not the program.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import FlakyFailure

from .properties import PROPERTIES, Case
from .strategies import ALL_FEATURES, OPEN_BUGS, cancelled_cases, cases

Check = Callable[[Case], str | None]


@dataclass
class Finding:
    prop: str
    case: Case
    message: str

    @property
    def summary(self) -> str:
        return self.message.split("\n", 1)[0]

    def report(self) -> str:
        return (
            f"[{self.prop}] {self.summary}\n--- program ---\n{self.case.source}--- scripts ---\n"
            + "\n".join(f"  {site}: {script}" for site, script in sorted(self.case.scripts.items()))
            + (
                f"\n  cancelled at {self.case.cancel_at_seconds} s"
                if self.case.cancel_at_seconds is not None
                else ""
            )
            + (f"\n--- details ---\n{self.message}")
        )


@dataclass
class PropertyReport:
    prop: str
    programs: int = 0
    failing: int = 0
    findings: list[Finding] = field(default_factory=list[Finding])

    def line(self) -> str:
        return f"{self.prop:>14}: {self.programs} programs, {self.failing} failing, {len(self.findings)} distinct findings"


ALL_HEALTH_CHECKS: list[HealthCheck] = list(HealthCheck)  # pyright: ignore[reportAssignmentType]
"""Generated programs are slow to draw by Hypothesis' standards, and that is fine."""


class _Failed(AssertionError):
    pass


def hunt(
    prop: str,
    strategy: st.SearchStrategy[Case],
    check: Check,
    *,
    seconds: float,
    round_size: int = 200,
    shrink: bool = True,
    seed: int | None = None,
    stop_at_first: bool = False,
) -> PropertyReport:
    """Run `check` on programs drawn from `strategy` for about `seconds` (or until the first
    failing round, with `stop_at_first`)."""
    report = PropertyReport(prop)
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    seen: set[str] = set()
    while time.monotonic() < deadline:
        last_failure: list[Finding] = []

        def attempt(case: Case) -> None:
            if time.monotonic() >= deadline and not last_failure:  # noqa: B023 - runs within this iteration
                return  # out of time: let the round end quickly
            report.programs += 1
            message = check(case)
            if message is not None:
                last_failure[:] = [Finding(prop, case, message)]  # noqa: B023
                raise _Failed(message)

        phases = [Phase.generate, Phase.shrink] if shrink else [Phase.generate]
        runner = settings(
            max_examples=round_size,
            database=None,
            deadline=None,
            phases=phases,
            suppress_health_check=ALL_HEALTH_CHECKS,
            derandomize=False,
            print_blob=False,
        )(given(strategy)(attempt))
        runner._hypothesis_internal_use_seed = rng.getrandbits(64)  # type: ignore[attr-defined]
        try:
            runner()
        except (_Failed, FlakyFailure):  # a nondeterministic failure is flaky by nature
            report.failing += 1
            finding = last_failure[0]
            if finding.summary not in seen:
                seen.add(finding.summary)
                report.findings.append(finding)
            if stop_at_first:
                break
    return report


def strategies_for(prop: str, everything: bool = False) -> st.SearchStrategy[Case]:
    """The generator for `prop`; without `everything`, constructs behind open bugs are left out
    (`strategies.OPEN_BUGS`) so a campaign finds new problems instead of the known ones."""
    features = ALL_FEATURES | {"sleep_tasks", "zero_sleeps"}
    if not everything:
        features -= OPEN_BUGS.get(prop, frozenset({"sleep_tasks", "zero_sleeps"}))
    if prop == "cancellation":
        return cancelled_cases(features)
    if prop == "determinism":
        return cases(features | {"sets"})
    return cases(features)


def draw_cases(strategy: st.SearchStrategy[Case], count: int, derandomize: bool = True) -> list[Case]:
    """`count` programs drawn without shrinking or checking (for batch checks); the same ones on
    every call unless `derandomize` is off."""
    drawn: list[Case] = []

    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=ALL_HEALTH_CHECKS,
        derandomize=derandomize,
    )
    @given(strategy)
    def collect(case: Case) -> None:
        drawn.append(case)

    collect()
    return drawn


def hunt_hash_seeds(seconds: float, batch: int = 40, seeds: tuple[int, ...] = (0, 1, 2)) -> PropertyReport:
    """Determinism across `PYTHONHASHSEED`s: batches of programs, one subprocess per seed and batch."""
    from .hashseed import check_hash_seeds

    report = PropertyReport("hash-seeds")
    deadline = time.monotonic() + seconds
    strategy = strategies_for("determinism")
    while time.monotonic() < deadline:
        drawn = draw_cases(strategy, batch, derandomize=False)
        report.programs += len(drawn)
        for case, message in check_hash_seeds(drawn, seeds):
            report.failing += 1
            if not report.findings:
                report.findings.append(Finding("hash-seeds", case, message))
    return report


def run_campaign(
    minutes: float,
    props: tuple[str, ...] = tuple(PROPERTIES),
    *,
    seed: int | None = None,
    shrink: bool = True,
    everything: bool = False,
    log: Callable[[str], None] = print,
) -> list[PropertyReport]:
    share = minutes * 60 / len(props)
    reports: list[PropertyReport] = []
    for prop in props:
        strategy = strategies_for(prop, everything)
        if prop == "determinism":  # a fifth of its share goes to the subprocesses across hash seeds
            report = hunt(prop, strategy, PROPERTIES[prop], seconds=share * 0.8, seed=seed, shrink=shrink)
            log(report.line())
            reports.append(report)
            report = hunt_hash_seeds(share * 0.2)
        else:
            report = hunt(prop, strategy, PROPERTIES[prop], seconds=share, seed=seed, shrink=shrink)
        log(report.line())
        reports.append(report)
    return reports
