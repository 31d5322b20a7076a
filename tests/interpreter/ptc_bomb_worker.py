"""Runs one resource bomb in a disposable worker process and reports how it ended.

Workers are forked from a forkserver that has already imported the interpreter, so a bomb costs a
fork rather than a fresh interpreter start-up. Each worker handles one bomb and exits
(`maxtasksperchild=1`), caps its own address space and CPU time, and arms a wall-clock alarm for
bombs that block without computing, so that a bomb the interpreter fails to stop kills only that
worker. Time is reported as CPU time too, because the
machine is shared and wall-clock time says more about the neighbours than about the bomb.
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
        report["outcome"] = type(error).__name__
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
    reports: dict[Job, dict[str, Any]] = {}
    with context.Pool(processes=2, maxtasksperchild=1) as pool:
        pending = [
            (
                job,
                pool.apply_async(
                    run_bomb, (code, address_space_cap, cpu_cap_s, wall_cap_s), {"limits": limits}
                ),
            )
            for job, (code, limits) in jobs.items()
        ]
        for job, future in pending:
            try:
                reports[job] = future.get(timeout=wall_cap_s + 5)
            except multiprocessing.TimeoutError:
                reports[job] = {"outcome": hung}
        pool.terminate()
    return reports
