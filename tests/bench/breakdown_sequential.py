"""Where a sequential fast-path call's time goes: per-call wall time of the worker's stages.

    uv run python tests/bench/breakdown_sequential.py [--calls 200] [--repeat 5]

Measurement only, never imported by the library: it wraps a few functions of the Temporal SDK and
of Pydantic AI with timers (in this process, for this script) and runs, interleaved on one dev
server and one worker (`debug_mode=True`, so workflow activations and activities share the main
thread, as in bench_sequential.py), the three sequential variants of bench_sequential.py:
(b) the fast path, (c+) the same program with its calls made straight from a host, (c) the
hand-written local activities. Per call it prints the main thread's CPU, the wall time, and the
inclusive wall time of each stage: the workflow activation (workflow code), decoding the
activation and encoding the completion (the SDK's payload visitors, each visit of a payload a
sandbox entry), the activity task, and inside them the parts of Pydantic AI's tool path. The
worker's event loop runs one thing at a time, so a stage's wall time is its CPU time.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import statistics
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import pydantic_ai.capabilities.combined as combined
import temporalio.bridge.worker as bridge_worker
from bench_sequential import FAST, sequential_program
from direct_program import DirectProgram
from hand_written import HandWrittenSequentialLocal, work
from pydantic_ai.durable_exec.temporal import _transports
from pydantic_ai.tool_manager import ToolManager
from temporalio.worker import _activity
from temporalio.worker.workflow_sandbox import _runner

from durable_ptc import DevServer, create_worker, ensure_plugins, start_agent

TOTALS: defaultdict[str, float] = defaultdict(float)
COUNTS: Counter[str] = Counter()
_DEPTH: Counter[str] = Counter()


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if _DEPTH[name]:  # count a recursive call once
            return function(*args, **kwargs)
        _DEPTH[name] += 1
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            TOTALS[name] += time.perf_counter() - began
            COUNTS[name] += 1
            _DEPTH[name] -= 1

    return timed


def _timed_async(name: str, function: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(function)
    async def timed(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return await function(*args, **kwargs)
        finally:
            TOTALS[name] += time.perf_counter() - began
            COUNTS[name] += 1

    return timed


def _wrap(owner: Any, attribute: str, name: str, *, is_async: bool = False) -> None:
    original = getattr(owner, attribute)
    setattr(owner, attribute, (_timed_async if is_async else _timed)(name, original))


ACTIVATION = "workflow activation (workflow code)"
STAGES = [
    (_runner._Instance, "activate", ACTIVATION, False),  # pyright: ignore[reportPrivateUsage]
    (ToolManager, "validate_tool_call", "  validate_tool_call (validation hooks)", True),
    (combined, "_replace_capability_context", "  RunContext copies for capability hooks", False),
    (
        _transports._FunctionCallTransport,
        "dump",
        "  CallToolParams dump (incl. serialize_run_context)",
        False,
    ),  # pyright: ignore[reportPrivateUsage]
    (bridge_worker, "decode_activation", "decode activation (payload visitors)", True),
    (bridge_worker, "encode_completion", "encode completion (payload visitors)", True),
    (_runner._Instance, "get_serialization_context", "  sandbox entries: serialization context", False),  # pyright: ignore[reportPrivateUsage]
    (_runner._Instance, "get_external_store_context", "  sandbox entries: external store context", False),  # pyright: ignore[reportPrivateUsage]
    (_activity._ActivityWorker, "_handle_start_activity_task", "activity task (decode, run, complete)", True),  # pyright: ignore[reportPrivateUsage]
    (_transports._FunctionCallTransport, "load", "  CallToolParams load (incl. run context rebuild)", False),  # pyright: ignore[reportPrivateUsage]
]


def install_timers() -> None:
    for owner, attribute, name, is_async in STAGES:
        _wrap(owner, attribute, name, is_async=is_async)


async def main(calls: int, repeat: int) -> None:
    install_timers()
    async with DevServer(progress=None) as server:
        client = ensure_plugins(await server.connect())
        queue = f"bench-breakdown-{uuid.uuid4()}"
        async with create_worker(
            client,
            [FAST],
            task_queue=queue,
            workflows=[HandWrittenSequentialLocal, DirectProgram],
            activities=[work],
            debug_mode=True,
        ):

            async def fast_path() -> None:
                code = sequential_program(calls)
                handle = await start_agent(
                    client, FAST, code, task_queue=queue, workflow_id=f"bd-{uuid.uuid4()}"
                )
                await handle.result()

            async def direct() -> None:
                code = sequential_program(calls)
                await client.execute_workflow(
                    DirectProgram.run, code, id=f"bd-direct-{uuid.uuid4()}", task_queue=queue
                )

            async def limit() -> None:
                await client.execute_workflow(
                    HandWrittenSequentialLocal.run, calls, id=f"bd-limit-{uuid.uuid4()}", task_queue=queue
                )

            variants = {"(b)": fast_path, "(c+)": direct, "(c)": limit}
            for run in variants.values():  # warm-up
                await run()
            figures: dict[str, defaultdict[str, list[float]]] = {
                label: defaultdict(list) for label in variants
            }
            for _ in range(repeat):
                for label, run in variants.items():
                    TOTALS.clear()
                    COUNTS.clear()
                    cpu, wall = time.thread_time(), time.perf_counter()
                    await run()
                    figures[label]["main-thread CPU"].append(time.thread_time() - cpu)
                    figures[label]["wall"].append(time.perf_counter() - wall)
                    for _, _, name, _ in STAGES:
                        figures[label][name].append(TOTALS[name])
                        figures[label]["count " + name].append(COUNTS[name])

    print(
        f"ms per call, {calls} sequential calls (median of {repeat}, interleaved); calls per call in brackets"
    )
    print(f"  {'':52}" + "".join(f"{label:>14}" for label in variants))
    for name in ["main-thread CPU", "wall", *(name for _, _, name, _ in STAGES)]:
        cells = []
        for label in variants:
            values = figures[label][name]
            counts = figures[label].get("count " + name)
            cell = f"{statistics.median(values) / calls * 1000:7.3f}"
            cell += f" [{statistics.median(counts) / calls:4.1f}]" if counts else "       "
            cells.append(f"{cell:>14}")
        print(f"  {name:52}" + "".join(cells))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    asyncio.run(main(options.calls, options.repeat))
