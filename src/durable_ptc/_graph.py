"""`--graph`: a run's durable work read back from its Temporal history, one line per command.

What the program did is what the history recorded: every activity (with the summary naming its
program line and call, and its attempts), child workflow and timer, indented under the workflow
and marked with how it ended. Reading it from history rather than from the interpreter shows
exactly what a replay will check against.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowHandle
from temporalio.converter import DataConverter


@dataclass
class _Node:
    kind: str
    label: str
    outcome: str = "running"
    attempt: int = 1


_ACTIVITY_OUTCOMES = {
    EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: ("activity_task_completed_event_attributes", "completed"),
    EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: ("activity_task_failed_event_attributes", "failed"),
    EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: ("activity_task_timed_out_event_attributes", "timed out"),
    EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED: ("activity_task_canceled_event_attributes", "cancelled"),
}
_CHILD_OUTCOMES = {
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED: (
        "child_workflow_execution_completed_event_attributes",
        "completed",
    ),
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED: (
        "child_workflow_execution_failed_event_attributes",
        "failed",
    ),
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED: (
        "child_workflow_execution_canceled_event_attributes",
        "cancelled",
    ),
}


def _summary(event: Any) -> str | None:
    metadata = event.user_metadata
    if not metadata.HasField("summary"):
        return None
    return DataConverter.default.payload_converter.from_payload(metadata.summary, str)


async def render_graph(handle: WorkflowHandle[Any, Any]) -> str:
    nodes: dict[int, _Node] = {}
    async for event in handle.fetch_history_events():
        kind = event.event_type
        if kind == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            name = event.activity_task_scheduled_event_attributes.activity_type.name
            nodes[event.event_id] = _Node("activity", _summary(event) or name)
        elif kind == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
            attributes = event.activity_task_started_event_attributes
            nodes[attributes.scheduled_event_id].attempt = attributes.attempt
        elif kind in _ACTIVITY_OUTCOMES:
            field, outcome = _ACTIVITY_OUTCOMES[kind]
            nodes[getattr(event, field).scheduled_event_id].outcome = outcome
        elif kind == EventType.EVENT_TYPE_TIMER_STARTED:
            attributes = event.timer_started_event_attributes
            label = _summary(event) or f"timer {attributes.start_to_fire_timeout.ToTimedelta()}"
            nodes[event.event_id] = _Node("timer", label)
        elif kind == EventType.EVENT_TYPE_TIMER_FIRED:
            nodes[event.timer_fired_event_attributes.started_event_id].outcome = "fired"
        elif kind == EventType.EVENT_TYPE_TIMER_CANCELED:
            nodes[event.timer_canceled_event_attributes.started_event_id].outcome = "cancelled"
        elif kind == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            attributes = event.start_child_workflow_execution_initiated_event_attributes
            nodes[event.event_id] = _Node(
                "child", f"{_summary(event) or attributes.workflow_type.name} [{attributes.workflow_id}]"
            )
        elif kind in _CHILD_OUTCOMES:
            field, outcome = _CHILD_OUTCOMES[kind]
            nodes[getattr(event, field).initiated_event_id].outcome = outcome
    lines = [f"workflow {handle.id}"]
    for node in nodes.values():
        retries = f", attempt {node.attempt}" if node.attempt > 1 else ""
        lines.append(f"  {node.kind:8} {node.label}  ({node.outcome}{retries})")
    return "\n".join(lines)
