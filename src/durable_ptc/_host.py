"""The interpreter's `Host` inside an agent run: every inner call takes the model's own path.

A program's tool call is handed to Pydantic AI's tool manager exactly as if the model had made it —
argument validation, capability hooks, and, under `TemporalDurability`, the very activity the tool is
registered as (with its retry policy and timeouts). `spawn` is just another tool on that path, so a
program's spawn is the same child workflow as the model's. Outside a workflow the same host works
in-process, with the real clock.

Each call runs in its own task so its summary (see `_summaries`) stays attached to the activity or
child workflow it starts, and so cancelling the awaitable the interpreter holds cancels the call.
"""

from __future__ import annotations

import asyncio
import math
import secrets
from collections import deque
from collections.abc import Awaitable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from opentelemetry.trace import NoOpTracer, Tracer
from ptc_interpreter.host import RelayedToolError, ToolCall, TraceEvent
from pydantic_ai.exceptions import ToolFailed
from pydantic_ai.messages import ToolCallPart, ToolReturn
from pydantic_ai.tool_manager import ToolManager
from pydantic_ai.tools import ToolDenied
from pydantic_core import to_jsonable_python
from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError

from ._approvals import DENIED_ERROR_TYPE
from ._summaries import call_summary, summary_scope
from ._tracing import replay_safe_span


@dataclass
class AgentToolHost:
    """`ptc_interpreter.host.Host` whose tools are the agent's tools, called through its tool manager."""

    tool_manager: ToolManager[Any]
    origin: str
    """Names the program in summaries and inner tool-call IDs, e.g. `run_ptc`."""
    call_id_prefix: str
    tracer: Tracer = field(default_factory=NoOpTracer)
    """The run's tracer: each call gets a span named by its summary (see `_tracing`)."""
    events: list[TraceEvent] = field(default_factory=list[TraceEvent])

    def call_tool(self, call: ToolCall) -> Awaitable[Any]:
        return asyncio.get_running_loop().create_task(self._call(call))

    async def _call(self, call: ToolCall) -> Any:
        part = ToolCallPart(
            tool_name=call.tool,
            args=dict(call.arguments),
            tool_call_id=f"{self.call_id_prefix}:{call.sequence}",
        )
        summary = call_summary(self.origin, call.span.line, call.tool, call.arguments)
        attributes = {"durable_ptc.call.line": call.span.line, "durable_ptc.call.summary": summary}
        with summary_scope(summary, line=call.span.line), replay_safe_span(self.tracer, summary, attributes):
            try:
                result = await self.tool_manager.handle_call(part, wrap_validation_errors=False)
            except ToolFailed as failure:
                raise as_raised_in_tool(failure) from None
        if isinstance(result, ToolDenied):
            # A reviewer's denial (see `_approvals`): catchable, `str(e)` the reason.
            raise RelayedToolError(DENIED_ERROR_TYPE, result.message)
        if isinstance(result, ToolReturn):
            result = result.return_value
        return to_program_value(result)

    def sleep(self, seconds: float) -> Awaitable[None]:
        if not workflow.in_workflow():
            return asyncio.sleep(seconds)
        if not math.isfinite(seconds) or seconds <= 0:
            # A zero timer is not a timer; Temporal rejects it, asyncio treats it as a yield.
            return asyncio.sleep(0)
        return workflow.sleep(
            timedelta(seconds=seconds), summary=f"{self.origin}: asyncio.sleep({seconds:g})"
        )

    def now(self) -> datetime:
        return workflow.now() if workflow.in_workflow() else datetime.now(UTC)

    def random_seed(self) -> int:
        if workflow.in_workflow():
            return workflow.random().getrandbits(64)
        return secrets.randbits(64)

    def trace(self, event: TraceEvent) -> None:
        self.events.append(event)


def as_raised_in_tool(failure: ToolFailed) -> Exception:
    """The failure as the tool raised it, relayed by class name (`RelayedToolError`).

    Crossing the activity boundary leaves only the class name and message. The interpreter turns a
    builtin name back into the builtin, so a program's `except ValueError` catches it, and reports
    any other name (`QuotaError: ...`) rather than Pydantic AI's wrapper, exactly as standalone."""
    cause = failure.__cause__
    if isinstance(cause, ActivityError) and isinstance(cause.cause, ApplicationError) and cause.cause.type:
        return RelayedToolError(cause.cause.type, failure.message)
    return failure


def to_program_value(value: Any) -> Any:
    """A value as JSON-shaped data: models and dataclasses become dicts, tuples and the program's
    (ordered) sets become lists, bytes become text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return to_jsonable_python(value, bytes_mode="utf8", fallback=_unknown_value)


def container_inside_itself(value: Any) -> str | None:
    """The type name of a container in `value` that holds itself (`a.append(a)`), or None.

    A run's result may be such a structure (the interpreter returns it as CPython would), but no
    JSON form has one, so `run_ptc` reports it to the model instead of failing to serialise it."""
    if not isinstance(value, _CYCLE_CAPABLE):
        return None
    on_path: set[int] = {id(value)}
    stack: list[tuple[Any, Iterator[Any]]] = [(value, _children(value))]
    while stack:
        node, children = stack[-1]
        for child in children:
            if not isinstance(child, _CYCLE_CAPABLE):
                continue
            if id(child) in on_path:
                return type(child).__name__
            on_path.add(id(child))
            stack.append((child, _children(child)))
            break
        else:
            stack.pop()
            on_path.discard(id(node))
    return None


_CYCLE_CAPABLE = (list, tuple, dict, deque)


def _children(container: Any) -> Iterator[Any]:
    return iter(container.values()) if isinstance(container, dict) else iter(container)


def _unknown_value(value: Any) -> Any:
    return list(value) if isinstance(value, Iterable) else repr(value)
