"""Runs one resource bomb in a disposable worker process and reports how it ended.

Workers are forked from a forkserver that has already imported the interpreter, so a bomb costs a
fork rather than a fresh interpreter start-up. Each worker handles one bomb and exits
(`maxtasksperchild=1`), caps its own address space and CPU time, and arms a wall-clock alarm for
bombs that block without computing, so that a bomb the interpreter fails to stop kills only that
worker. Time is reported as CPU time too, because the
machine is shared and wall-clock time says more about the neighbours than about the bomb.

What a bomb may cost is not a number of seconds (machines differ by 2x and more) but a ratio: the
same pool first and last runs `CALIBRATION_PROGRAM`, the costliest ordinary loop per step
(docs/performance.md, "Step budget"), and each report carries `budget_cpu_ratio`, the bomb's CPU
time over what that loop spends on the bomb's whole step budget. A bomb the step budget really
bounds stays near 1 or below; an uncharged native operation shows up as a multiple.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import resource
import signal
import time
from collections.abc import Hashable, Mapping
from typing import Any, TypeVar

import ptc_interpreter
from ptc_fake_tools import FakeWorld

Job = TypeVar("Job", bound=Hashable)

CALIBRATION_PROGRAM = "n = 0\nwhile True:\n    s = '{:>10}'.format(n)\n    n += 1\n"
MAX_BUDGET_CPU_RATIO = 4.0
"""A bomb may spend at most this multiple of the CPU time the costliest ordinary loop spends on the
same step budget. The default budget keeps that loop near 0.2 s (0.6 s on a slow, loaded machine),
so 4x keeps a bomb well inside Temporal's 2 s workflow-task deadline on the machine it runs on."""
_CALIBRATIONS = ("calibration: first", "calibration: last")


def run_bomb(
    code: str, address_space_cap: int, cpu_cap_s: int, wall_cap_s: int, limits: dict[str, int] | None = None
) -> dict[str, Any]:
    """`limits` overrides `Limits` fields (a host may raise the step budget: a bomb must not rely on it)."""
    resource.setrlimit(resource.RLIMIT_AS, (address_space_cap, address_space_cap))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_cap_s, cpu_cap_s))
    signal.alarm(wall_cap_s)
    report: dict[str, Any] = {}
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        result = asyncio.run(
            ptc_interpreter.run(
                code, tools=FakeWorld().tools(), limits=ptc_interpreter.Limits(**(limits or {}))
            )
        )
        report["outcome"] = "ok"
        report["detail"] = repr(result.value)[:200]
    except ptc_interpreter.PtcError as error:
        # a limit however it is reported: past `max_recursion_depth` it reads as CPython's
        # RecursionError (`PtcRecursionError`, also a `PtcLimitError`)
        limited = isinstance(error, ptc_interpreter.PtcLimitError)
        report["outcome"] = "PtcLimitError" if limited else type(error).__name__
        report["limit"] = getattr(error, "limit", None)
        report["detail"] = str(error)[:500]
    except BaseException as error:
        report["outcome"] = "raw " + type(error).__name__
        report["detail"] = repr(error)[:500]
    report["elapsed"] = time.perf_counter() - start
    report["cpu_s"] = time.process_time() - start_cpu
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def run_bombs(
    jobs: Mapping[Job, tuple[str, dict[str, int] | None]],
    *,
    address_space_cap: int,
    cpu_cap_s: int,
    wall_cap_s: int,
    hung: str = "worker hung or died",
) -> dict[Job, dict[str, Any]]:
    """Run each job's program (with its `Limits` overrides) in its own capped worker, two at a time,
    forked from a forkserver that has already imported the interpreter; a worker that hangs or dies
    is reported as `{"outcome": hung}`."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["ptc_interpreter", "ptc_fake_tools", "ptc_bomb_worker"])
    calibration: tuple[str, dict[str, int] | None] = (CALIBRATION_PROGRAM, None)
    queue: list[tuple[Hashable, tuple[str, dict[str, int] | None]]] = [
        (_CALIBRATIONS[0], calibration),
        *jobs.items(),
        (_CALIBRATIONS[1], calibration),
    ]
    raw: dict[Hashable, dict[str, Any]] = {}
    with context.Pool(processes=2, maxtasksperchild=1) as pool:
        pending = [
            (
                job,
                pool.apply_async(
                    run_bomb, (code, address_space_cap, cpu_cap_s, wall_cap_s), {"limits": limits}
                ),
            )
            for job, (code, limits) in queue
        ]
        for job, future in pending:
            try:
                raw[job] = future.get(timeout=wall_cap_s + 5)
            except multiprocessing.TimeoutError:
                raw[job] = {"outcome": hung}
        pool.terminate()
    for name in _CALIBRATIONS:
        assert raw[name]["outcome"] == "PtcLimitError", raw[name]
    default_steps = ptc_interpreter.Limits().max_steps
    cpu_per_step = max(raw[name]["cpu_s"] for name in _CALIBRATIONS) / default_steps
    reports: dict[Job, dict[str, Any]] = {}
    for job, (_, limits) in jobs.items():
        report = reports[job] = raw[job]
        if "cpu_s" in report:
            budget = (limits or {}).get("max_steps", default_steps)
            report["budget_cpu_ratio"] = round(report["cpu_s"] / (cpu_per_step * budget), 2)
    return reports
