"""Spans for programs and their inner calls, emitted once even though workflow code replays.

With Pydantic AI's instrumentation on (`Agent(instrument=...)`, `Agent.instrument_all()`, Logfire),
each `run_ptc` program gets a span, and each of its tool calls a child span named by its summary
(`run_ptc L4: write_file(path='notes/a.txt')`), under which Pydantic AI's own tool span nests. The
tracer is the run's (`RunContext.tracer`), a no-op one when instrumentation is off.

Workflow code re-runs on replay, reopening these spans; a span that ends while Temporal replays
history already ended, and was exported, when that history was first made, so it is not ended
again (never ended, it is never exported) — the rule Pydantic AI applies to its own spans. Span IDs
from Temporal's replay-safe tracer provider (`temporalio.contrib.opentelemetry.create_tracer_provider`,
or Logfire through Pydantic AI's `LogfirePlugin`) are the same on every replay, so a call span
exported in a later workflow task still names the program span it ran under.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from opentelemetry.trace import Span, Tracer, use_span
from opentelemetry.util.types import AttributeValue
from temporalio import workflow


@contextmanager
def replay_safe_span(tracer: Tracer, name: str, attributes: Mapping[str, AttributeValue]) -> Iterator[Span]:
    span = tracer.start_span(name, attributes=attributes)
    try:
        with use_span(span, end_on_exit=False, record_exception=True, set_status_on_exception=True):
            yield span
    finally:
        if not _replaying():
            span.end()


def _replaying() -> bool:
    return workflow.in_workflow() and workflow.unsafe.is_replaying_history_events()


def program_attributes(origin: str, code: str) -> dict[str, Any]:
    return {"durable_ptc.program.tool": origin, "durable_ptc.program.lines": code.count("\n") + 1}
