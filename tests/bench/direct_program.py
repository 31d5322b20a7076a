"""A diagnostic baseline for bench_sequential.py: the program without Pydantic AI's tool path.

`DirectProgram` runs the same `run_ptc` program text in the same interpreter, inside a workflow,
but its host makes each call straight as a local activity (`hand_written.work`) with the summary
durable-ptc gives it (`run_ptc L3: work(i=0)`): no agent, no model requests, no tool manager
(validation, capability hooks, run-context serialization) and no Pydantic AI tool activity. Between
(c) (the hand-written limit) and (b) (the fast path) it splits (b)'s extra time into what the
interpreter, the per-call task and the summary cost, and what the agent and its tool path cost.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    import ptc_interpreter
    from ptc_interpreter.host import ToolCall, ToolParameter, ToolSpec, TraceEvent
    from ptc_interpreter.limits import Limits

    from durable_ptc._summaries import call_summary

from hand_written import work

WORK_SPEC = ToolSpec(name="work", parameters=(ToolParameter("i", True),))


class _DirectHost:
    """A `ptc_interpreter.host.Host` whose only tool is a local activity, called with its summary."""

    def call_tool(self, call: ToolCall) -> asyncio.Task[Any]:
        return asyncio.get_running_loop().create_task(self._call(call))

    async def _call(self, call: ToolCall) -> Any:
        return await workflow.execute_local_activity(
            work,
            call.arguments["i"],
            start_to_close_timeout=timedelta(seconds=5),
            summary=call_summary("run_ptc", call.span.line, call.tool, call.arguments),
        )

    def sleep(self, seconds: float) -> Any:
        return asyncio.sleep(0)

    def now(self) -> datetime:
        return workflow.now().astimezone(UTC)

    def random_seed(self) -> int:
        return workflow.random().getrandbits(64)

    def trace(self, event: TraceEvent) -> None:
        pass


@workflow.defn
class DirectProgram:
    @workflow.run
    async def run(self, code: str) -> Any:
        limits = Limits(max_tool_calls=5_000, max_tasks=5_000)
        result = await ptc_interpreter.run(code, host=_DirectHost(), tool_specs=[WORK_SPEC], limits=limits)
        return result.value
