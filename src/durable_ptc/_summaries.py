"""Readable Temporal UI: every activity and child workflow a program starts names its line and call.

Pydantic AI labels a tool activity `call tool: <toolset>:<name>`, which cannot say which program line
issued it. The host knows (`run_ptc L4: write_file(path='notes/a.txt')`), but the activity is
scheduled deep inside Pydantic AI's tool manager. So the host sets the summary in a context variable
for the duration of the call (each call runs in its own task, so concurrent calls don't mix), and a
workflow outbound interceptor stamps it onto the activity or child workflow being started.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from temporalio import workflow
from temporalio.worker import (
    StartActivityInput,
    StartChildWorkflowInput,
    StartLocalActivityInput,
    WorkflowInboundInterceptor,
    WorkflowOutboundInterceptor,
)

_current_summary: ContextVar[str | None] = ContextVar("durable_ptc_summary", default=None)
_current_line: ContextVar[int | None] = ContextVar("durable_ptc_program_line", default=None)

MAX_SUMMARY_CHARS = 200
MAX_ARGUMENT_CHARS = 60


def call_summary(origin: str, line: int, tool: str, arguments: Mapping[str, Any]) -> str:
    """`run_ptc L4: write_file(path='notes/a.txt')`, with long argument values shortened."""
    rendered = ", ".join(f"{name}={_short_repr(value)}" for name, value in arguments.items())
    summary = f"{origin} L{line}: {tool}({rendered})"
    return summary if len(summary) <= MAX_SUMMARY_CHARS else summary[: MAX_SUMMARY_CHARS - 1] + "…"


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_ARGUMENT_CHARS else text[: MAX_ARGUMENT_CHARS - 1] + "…"


@contextmanager
def summary_scope(summary: str, line: int | None = None) -> Iterator[None]:
    """`summary` (and the program `line` making the call) for the calls started in this scope."""
    token = _current_summary.set(summary)
    line_token = _current_line.set(line)
    try:
        yield
    finally:
        _current_line.reset(line_token)
        _current_summary.reset(token)


def current_summary() -> str | None:
    return _current_summary.get()


def current_program_line() -> int | None:
    return _current_line.get()


class _SummaryOutbound(WorkflowOutboundInterceptor):
    def start_activity(self, input: StartActivityInput) -> workflow.ActivityHandle[Any]:
        if (summary := _current_summary.get()) is not None:
            input.summary = summary
        return super().start_activity(input)

    def start_local_activity(self, input: StartLocalActivityInput) -> workflow.ActivityHandle[Any]:
        if (summary := _current_summary.get()) is not None:
            input.summary = summary
        return super().start_local_activity(input)

    async def start_child_workflow(
        self, input: StartChildWorkflowInput
    ) -> workflow.ChildWorkflowHandle[Any, Any]:
        if (summary := _current_summary.get()) is not None:
            input.static_summary = summary
        return await super().start_child_workflow(input)


class SummaryInbound(WorkflowInboundInterceptor):
    def init(self, outbound: WorkflowOutboundInterceptor) -> None:
        super().init(_SummaryOutbound(outbound))
