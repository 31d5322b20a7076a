"""Sequential tool calls: regular activities, eager dispatch, the local-activity fast path, the limit.

    uv run python tests/bench/bench_sequential.py [--calls 200] [--gather-calls 100] \
        [--replay-calls 1000] [--repeat 3]

On one embedded dev server (eager activity execution enabled, as `DevServer` does by default), one
in-process worker per variant, runs interleaved, medians compared:

(a) a `run_ptc` program of N sequential calls `total += await work(i=i)`, each call a regular
    tool activity, the worker not taking activities eagerly (the dispatch of every release before
    eager execution was enabled);
(a+) the same with eager activity dispatch (the SDK's default when the server allows it);
(b) the same program, the tool marked `local_activity()` (the fast path);
(c) a hand-written workflow (`tests/bench/hand_written.py`) making the same N calls with
    `workflow.execute_local_activity`: the local-activity limit;
(c+) a diagnostic between the two (`tests/bench/direct_program.py`): the same program in the same
    interpreter inside a workflow, each call a local activity made straight from its host with
    durable-ptc's call summary; no agent and no Pydantic AI tool path. (b) - (c+) is what the agent
    and its tool path cost per call, (c+) - (c) what the interpreter and the summaries cost.

Then, so that nothing else regresses: a program gathering 100 calls end to end, and the replay CPU
of a 1,000-call gather's history, each for the regular path and the fast path.

Workers and replayers run with `debug_mode=True` (sandbox kept, deadlock detector off), as in
bench_workflow.py. The last line reads
`fast path: A.Ax faster than regular activities, B.Bx the local-activity limit`, A = (a)/(b) and
B = (b)/(c).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import timedelta
from typing import Any

from direct_program import DirectProgram
from hand_written import HandWrittenSequentialLocal, work
from ptc_interpreter import Limits
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import PydanticAIPlugin, TemporalDurability
from pydantic_ai.messages import ModelMessage, ModelResponse, TextPart, ToolCallPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import FunctionToolset
from temporalio.client import Client, WorkflowHandle, WorkflowHistory
from temporalio.common import RetryPolicy
from temporalio.worker import Replayer
from temporalio.workflow import ActivityConfig

from durable_ptc import (
    PTC,
    DevServer,
    DurablePtcPlugin,
    create_replayer,
    create_worker,
    ensure_plugins,
    local_activity,
    start_agent,
)


def _scripted(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    """Turn 1 runs the prompt as a program, turn 2 answers."""
    if any(isinstance(m, ModelResponse) for m in messages):
        return ModelResponse(parts=[TextPart("done")])
    code = messages[0].parts[-1].content  # type: ignore[union-attr]
    return ModelResponse(parts=[ToolCallPart("run_ptc", {"code": code}, tool_call_id="p")])


def bench_agent(name: str, *, fast_path: bool) -> Agent[None, str]:
    tools = FunctionToolset[Any](id="bench", metadata=local_activity() if fast_path else None)

    @tools.tool_plain
    async def work(i: int) -> int:
        """Double a number."""
        return i * 2

    return Agent(
        FunctionModel(_scripted),
        name=name,
        toolsets=[tools],
        capabilities=[
            TemporalDurability(
                activity_config=ActivityConfig(
                    start_to_close_timeout=timedelta(seconds=60), retry_policy=RetryPolicy(maximum_attempts=1)
                )
            ),
            PTC(limits=Limits(max_tool_calls=5_000, max_tasks=5_000)),
        ],
    )


REGULAR_PATH = "(a)  regular activities"
FAST_PATH = "(b)  fast path (local_activity())"
LIMIT = "(c)  hand-written local activities"
DIRECT = "(c+) the program, calls straight from a host"

REGULAR = bench_agent("seq_regular", fast_path=False)
FAST = bench_agent("seq_fast", fast_path=True)


def sequential_program(calls: int) -> str:
    return f"total = 0\nfor i in range({calls}):\n    total += await work(i=i)\ntotal"


def gather_program(calls: int) -> str:
    return f"import asyncio\nlen(await asyncio.gather(*[work(i=i) for i in range({calls})]))"


Start = Callable[[], Awaitable[WorkflowHandle[Any, Any]]]


async def timed(start: Start) -> tuple[float, WorkflowHandle[Any, Any]]:
    began = time.perf_counter()
    handle = await start()
    await handle.result()
    return time.perf_counter() - began, handle


async def timed_replay(replayer: Replayer, history: WorkflowHistory) -> float:
    """Process CPU time of one replay: on a shared machine the steadier figure."""
    began = time.process_time()
    await replayer.replay_workflow(history)
    return time.process_time() - began


def line(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:<44} {seconds * 1000:9.1f} ms{note}")


async def main(calls: int, gather_calls: int, replay_calls: int, repeat: int) -> None:
    async with DevServer(progress=None) as server, AsyncExitStack() as workers:
        client: Client = ensure_plugins(await server.connect())
        queues = {kind: f"bench-seq-{kind}-{uuid.uuid4()}" for kind in ("plain", "eager", "fast")}
        for kind, agent in (("plain", REGULAR), ("eager", REGULAR), ("fast", FAST)):
            await workers.enter_async_context(
                create_worker(
                    client,
                    [agent],
                    task_queue=queues[kind],
                    workflows=[HandWrittenSequentialLocal, DirectProgram] if kind == "fast" else [],
                    activities=[work] if kind == "fast" else [],
                    disable_eager_activity_execution=kind == "plain",
                    debug_mode=True,
                )
            )

        def program(kind: str, code: str) -> Start:
            agent = FAST if kind == "fast" else REGULAR
            return lambda: start_agent(
                client, agent, code, task_queue=queues[kind], workflow_id=f"bench-seq-{uuid.uuid4()}"
            )

        def limit(n: int) -> Start:
            return lambda: client.start_workflow(
                HandWrittenSequentialLocal.run,
                n,
                id=f"bench-seq-limit-{uuid.uuid4()}",
                task_queue=queues["fast"],
            )

        def direct(n: int) -> Start:
            return lambda: client.start_workflow(
                DirectProgram.run,
                sequential_program(n),
                id=f"bench-seq-direct-{uuid.uuid4()}",
                task_queue=queues["fast"],
            )

        variants: dict[str, Start] = {
            REGULAR_PATH: program("plain", sequential_program(calls)),
            "(a+) regular activities, eager dispatch": program("eager", sequential_program(calls)),
            FAST_PATH: program("fast", sequential_program(calls)),
            LIMIT: limit(calls),
            DIRECT: direct(calls),
        }
        gathers: dict[str, Start] = {
            "regular activities": program("plain", gather_program(gather_calls)),
            "regular activities, eager dispatch": program("eager", gather_program(gather_calls)),
            "fast path": program("fast", gather_program(gather_calls)),
        }
        for start in (*variants.values(), *gathers.values()):  # warm-up: imports, sandbox, caches
            await timed(start)

        times: dict[str, list[float]] = {label: [] for label in variants}
        gather_times: dict[str, list[float]] = {label: [] for label in gathers}
        last: dict[str, WorkflowHandle[Any, Any]] = {}
        for _ in range(repeat):
            for label, start in variants.items():
                elapsed, last[label] = await timed(start)
                times[label].append(elapsed)
            for label, start in gathers.items():
                gather_times[label].append((await timed(start))[0])
        median = {label: statistics.median(values) for label, values in times.items()}

        print(f"end to end, a program of {calls} sequential calls (median of {repeat}, interleaved):")
        for label, seconds in median.items():
            line(label, seconds, f"  {seconds / calls * 1000:7.2f} ms per call")
        print(f"end to end, a program gathering {gather_calls} calls (median of {repeat}, interleaved):")
        for label, values in gather_times.items():
            line(label, statistics.median(values))

        sequential = {label: await last[label].fetch_history() for label in (FAST_PATH, LIMIT, DIRECT)}
        _, regular_big = await timed(program("plain", gather_program(replay_calls)))
        _, fast_big = await timed(program("fast", gather_program(replay_calls)))
        histories = {
            "regular activities": await regular_big.fetch_history(),
            "fast path": await fast_big.fetch_history(),
        }

    replayer = create_replayer([REGULAR, FAST], debug_mode=True)
    for history in histories.values():
        await replayer.replay_workflow(history)
    replays: dict[str, list[float]] = {label: [] for label in histories}
    for _ in range(max(repeat, 5)):
        for label, history in histories.items():
            replays[label].append(await timed_replay(replayer, history))
    print(f"replay of a {replay_calls}-call gather's history (process CPU, median of {max(repeat, 5)}):")
    for label, values in replays.items():
        line(label, statistics.median(values), f"  ({len(histories[label].events)} events)")

    # Where (b)'s time goes beyond (c)'s: replaying a history re-runs the workflow code only (a local
    # activity's result comes from its marker), so replay CPU is the workflow side of each call.
    limit_replayer = Replayer(workflows=[HandWrittenSequentialLocal], debug_mode=True)
    direct_replayer = Replayer(
        workflows=[DirectProgram], plugins=[PydanticAIPlugin(), DurablePtcPlugin()], debug_mode=True
    )
    sequential_replayers = {FAST_PATH: replayer, LIMIT: limit_replayer, DIRECT: direct_replayer}
    await limit_replayer.replay_workflow(sequential[LIMIT])
    await direct_replayer.replay_workflow(sequential[DIRECT])
    workflow_cpu = {
        label: statistics.median(
            [
                await timed_replay(sequential_replayers[label], sequential[label])
                for _ in range(max(repeat, 5))
            ]
        )
        for label in sequential
    }
    print(f"workflow CPU of the {calls}-call sequential runs (replay, process CPU, median):")
    for label, seconds in workflow_cpu.items():
        line(label, seconds, f"  {seconds / calls * 1000:7.2f} ms per call")
    extra = (median[FAST_PATH] - median[LIMIT]) / calls
    extra_workflow = (workflow_cpu[FAST_PATH] - workflow_cpu[LIMIT]) / calls
    print(
        f"  (b) - (c) end to end: {extra * 1000:.2f} ms per call, "
        f"of which workflow code {extra_workflow * 1000:.2f} ms"
    )
    agent_path = (median[FAST_PATH] - median[DIRECT]) / calls
    program_path = (median[DIRECT] - median[LIMIT]) / calls
    print(
        f"  of (b) - (c): the agent and Pydantic AI's tool path (b) - (c+) {agent_path * 1000:.2f} ms per call "
        f"(workflow code {(workflow_cpu[FAST_PATH] - workflow_cpu[DIRECT]) / calls * 1000:.2f} ms), "
        f"the interpreter, host and summaries (c+) - (c) {program_path * 1000:.2f} ms "
        f"(workflow code {(workflow_cpu[DIRECT] - workflow_cpu[LIMIT]) / calls * 1000:.2f} ms)"
    )

    regular, fast = median[REGULAR_PATH], median[FAST_PATH]
    print(
        f"fast path: {regular / fast:.1f}x faster than regular activities, "
        f"{fast / median[LIMIT]:.1f}x the local-activity limit"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--gather-calls", type=int, default=100)
    parser.add_argument("--replay-calls", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    asyncio.run(main(options.calls, options.gather_calls, options.replay_calls, options.repeat))
