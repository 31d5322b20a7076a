"""Workflow benchmark: `run_ptc` programs side by side with hand-written workflows, on one dev server.

    uv run python tests/bench/bench_workflow.py [--calls 100] [--replay-calls 1000] [--repeat 5]

Prints, for docs/performance.md (Workflow section):

1. End to end, a program gathering N tool calls (an `AgentWorkflow` whose scripted model calls
   `run_ptc` once) vs a hand-written workflow gathering the same N activities; runs are interleaved
   and the median of each is compared (target ≤ 1.10×).
2. History events per call: the marginal events of one more call (N-call run minus 0-call run,
   divided by N) for both (target: equal).
3. Replay of a 1,000-call program's history vs the hand-written workflow's (target ≤ 2×).
4. Per-call overhead of `run_ptc` against the model calling the same tool directly (N parallel direct
   calls in one model turn vs one program gathering N calls).

The tool body is the same in both: `work(i) -> i * 2`. The hand-written workflow calls it as a
plain activity; the agent calls it through Pydantic AI's tool activity, as in production.

Workers and replayers run with `debug_mode=True` (sandbox kept, deadlock detector off) on both sides:
on a loaded shared machine one activation that starts 100 tool calls through Pydantic AI's tool
manager can exceed Temporal's 2 s deadlock timeout, and a retried workflow task would make the
timings meaningless. Pass `--deadlock-detection` to keep the detector on.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from hand_written import HandWrittenGather, work
from ptc_interpreter import Limits
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.messages import ModelMessage, ModelResponse, TextPart, ToolCallPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import FunctionToolset
from temporalio.client import Client, WorkflowHandle, WorkflowHistory
from temporalio.common import RetryPolicy
from temporalio.worker import Replayer
from temporalio.workflow import ActivityConfig

from durable_ptc import PTC, DevServer, create_replayer, create_worker, ensure_plugins, start_agent

START_TO_CLOSE = timedelta(seconds=60)


def _scripted(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    """The prompt is JSON: {"program": code} or {"direct": n}. Turn 1 acts on it, turn 2 answers."""
    if sum(isinstance(m, ModelResponse) for m in messages) > 0:
        return ModelResponse(parts=[TextPart("done")])
    request = json.loads(messages[0].parts[-1].content)  # type: ignore[union-attr]
    if "program" in request:
        return ModelResponse(parts=[ToolCallPart("run_ptc", {"code": request["program"]}, tool_call_id="p")])
    return ModelResponse(
        parts=[ToolCallPart("work", {"i": i}, tool_call_id=f"d{i}") for i in range(request["direct"])]
    )


def bench_agent() -> Agent[None, str]:
    tools = FunctionToolset[Any](id="bench")

    @tools.tool_plain
    async def work(i: int) -> int:
        """Double a number."""
        return i * 2

    return Agent(
        FunctionModel(_scripted),
        name="bench",
        toolsets=[tools],
        capabilities=[
            TemporalDurability(
                activity_config=ActivityConfig(
                    start_to_close_timeout=START_TO_CLOSE, retry_policy=RetryPolicy(maximum_attempts=1)
                )
            ),
            PTC(limits=Limits(max_tool_calls=5_000, max_tasks=5_000)),
        ],
    )


AGENT = bench_agent()


def gather_program(calls: int) -> str:
    return json.dumps(
        {
            "program": f"import asyncio\nresults = await asyncio.gather(*[work(i=i) for i in range({calls})])\nlen(results)"
        }
    )


async def timed(
    start: Callable[[], Awaitable[WorkflowHandle[Any, Any]]],
) -> tuple[float, WorkflowHandle[Any, Any]]:
    began = time.perf_counter()
    handle = await start()
    await handle.result()
    return time.perf_counter() - began, handle


async def event_count(handle: WorkflowHandle[Any, Any]) -> int:
    return len((await handle.fetch_history()).events)


async def main(calls: int, replay_calls: int, repeat: int, debug_mode: bool) -> None:
    async with DevServer(progress=None) as server:
        client: Client = ensure_plugins(await server.connect())
        task_queue = f"bench-{uuid.uuid4()}"
        async with create_worker(
            client,
            [AGENT],
            task_queue=task_queue,
            workflows=[HandWrittenGather],
            activities=[work],
            debug_mode=debug_mode,
        ):

            def program_run(prompt: str) -> Callable[[], Awaitable[WorkflowHandle[Any, Any]]]:
                return lambda: start_agent(
                    client, AGENT, prompt, task_queue=task_queue, workflow_id=f"bench-ptc-{uuid.uuid4()}"
                )

            def hand_run(n: int) -> Callable[[], Awaitable[WorkflowHandle[Any, Any]]]:
                return lambda: client.start_workflow(
                    HandWrittenGather.run, n, id=f"bench-hand-{uuid.uuid4()}", task_queue=task_queue
                )

            # Warm up both paths (imports, sandbox, caches).
            await timed(program_run(gather_program(calls)))
            await timed(hand_run(calls))

            program_times: list[float] = []
            hand_times: list[float] = []
            direct_times: list[float] = []
            program_handle = hand_handle = None
            for _ in range(repeat):
                elapsed, program_handle = await timed(program_run(gather_program(calls)))
                program_times.append(elapsed)
                elapsed, hand_handle = await timed(hand_run(calls))
                hand_times.append(elapsed)
                elapsed, _ = await timed(program_run(json.dumps({"direct": calls})))
                direct_times.append(elapsed)
            assert program_handle is not None and hand_handle is not None

            program_median = statistics.median(program_times)
            hand_median = statistics.median(hand_times)
            direct_median = statistics.median(direct_times)
            print(f"end to end, {calls} gathered calls (median of {repeat}, interleaved):")
            print(f"  run_ptc program      {program_median * 1000:8.1f} ms")
            print(f"  hand-written         {hand_median * 1000:8.1f} ms")
            print(f"  ratio                {program_median / hand_median:8.2f}x   (target <= 1.10x)")

            _, program_zero = await timed(program_run(gather_program(0)))
            _, hand_zero = await timed(hand_run(0))
            program_per_call = (await event_count(program_handle) - await event_count(program_zero)) / calls
            hand_per_call = (await event_count(hand_handle) - await event_count(hand_zero)) / calls
            print("history events per call (marginal):")
            print(f"  run_ptc program      {program_per_call:8.2f}")
            print(f"  hand-written         {hand_per_call:8.2f}")

            print(f"per-call overhead vs direct model tool calls ({calls} parallel calls in one model turn):")
            print(f"  direct tool calls    {direct_median * 1000:8.1f} ms")
            print(f"  run_ptc program      {program_median * 1000:8.1f} ms")
            print(f"  overhead per call    {(program_median - direct_median) / calls * 1000:8.2f} ms")

            _, program_big = await timed(program_run(gather_program(replay_calls)))
            _, hand_big = await timed(hand_run(replay_calls))
            program_history = await program_big.fetch_history()
            hand_history = await hand_big.fetch_history()

        program_replayer = create_replayer([AGENT], debug_mode=debug_mode)
        hand_replayer = Replayer(workflows=[HandWrittenGather], debug_mode=debug_mode)
        await program_replayer.replay_workflow(program_history)
        await hand_replayer.replay_workflow(hand_history)
        program_replays: list[tuple[float, float]] = []
        hand_replays: list[tuple[float, float]] = []
        for _ in range(repeat):
            program_replays.append(await _timed_replay(program_replayer, program_history))
            hand_replays.append(await _timed_replay(hand_replayer, hand_history))
        print(f"replay of a {replay_calls}-call history (median of {repeat}; wall, and process CPU time):")
        for label, replays, history in (
            ("run_ptc program", program_replays, program_history),
            ("hand-written", hand_replays, hand_history),
        ):
            wall, cpu = (statistics.median(r[i] for r in replays) for i in (0, 1))
            print(
                f"  {label:<20} {wall * 1000:8.1f} ms wall {cpu * 1000:8.1f} ms CPU  ({len(history.events)} events)"
            )
        wall_ratio, cpu_ratio = (
            statistics.median(r[i] for r in program_replays) / statistics.median(r[i] for r in hand_replays)
            for i in (0, 1)
        )
        print(f"  ratio                {wall_ratio:8.2f}x wall {cpu_ratio:8.2f}x CPU   (target <= 2x)")


async def _timed_replay(replayer: Replayer, history: WorkflowHistory) -> tuple[float, float]:
    """Wall and process CPU time of one replay: on a shared machine CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    await replayer.replay_workflow(history)
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--replay-calls", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--deadlock-detection", action="store_true", help="keep Temporal's 2 s deadlock detector on"
    )
    options = parser.parse_args()
    asyncio.run(main(options.calls, options.replay_calls, options.repeat, not options.deadlock_detection))
