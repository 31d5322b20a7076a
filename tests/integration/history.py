"""Reading a workflow's Temporal history as facts a scenario can assert on."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from temporalio.api.enums.v1 import EventType
from temporalio.client import WorkflowHandle, WorkflowHistory
from temporalio.converter import DataConverter


@dataclass
class HistoryFacts:
    history: WorkflowHistory
    activities: list[str] = field(default_factory=list[str])
    """Activity type of each ActivityTaskScheduled, in order."""
    local_activities: list[str] = field(default_factory=list[str])
    """Activity type of each local activity's marker, in order."""
    summaries: list[str] = field(default_factory=list[str])
    """Summary of each scheduled activity, local activity and started child workflow, in order."""
    attempts: Counter[str] = field(default_factory=Counter[str])
    """Highest attempt seen per activity type (ActivityTaskStarted.attempt)."""
    children: list[str] = field(default_factory=list[str])
    """Workflow ID of each child workflow started."""
    child_types: list[str] = field(default_factory=list[str])
    event_types: Counter[str] = field(default_factory=Counter[str])

    def count(self, event_type: str) -> int:
        return self.event_types[event_type]

    def tool_activities(self) -> list[str]:
        return [a.split("__")[-2] for a in self.activities if a.endswith("__call_tool")]


LOCAL_ACTIVITY_MARKER = "core_local_activity"


def _summary(event: object) -> str | None:
    metadata = getattr(event, "user_metadata", None)
    if metadata is None or not metadata.HasField("summary"):
        return None
    return DataConverter.default.payload_converter.from_payload(metadata.summary, str)


async def history_facts(handle: WorkflowHandle[Any, Any]) -> HistoryFacts:
    history = await handle.fetch_history()
    facts = HistoryFacts(history=history)
    scheduled_types: dict[int, str] = {}
    for event in history.events:
        name = EventType.Name(event.event_type).removeprefix("EVENT_TYPE_")
        facts.event_types[name] += 1
        if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            activity_type = event.activity_task_scheduled_event_attributes.activity_type.name
            scheduled_types[event.event_id] = activity_type
            facts.activities.append(activity_type)
            if (summary := _summary(event)) is not None:
                facts.summaries.append(summary)
        elif (
            event.event_type == EventType.EVENT_TYPE_MARKER_RECORDED
            and event.marker_recorded_event_attributes.marker_name == LOCAL_ACTIVITY_MARKER
        ):
            data = event.marker_recorded_event_attributes.details["data"].payloads[0].data
            facts.local_activities.append(json.loads(data)["activity_type"])
            if (summary := _summary(event)) is not None:
                facts.summaries.append(summary)
        elif event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
            attributes = event.activity_task_started_event_attributes
            activity_type = scheduled_types[attributes.scheduled_event_id]
            facts.attempts[activity_type] = max(facts.attempts[activity_type], attributes.attempt)
        elif event.event_type == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            attributes = event.start_child_workflow_execution_initiated_event_attributes
            facts.children.append(attributes.workflow_id)
            facts.child_types.append(attributes.workflow_type.name)
            if (summary := _summary(event)) is not None:
                facts.summaries.append(summary)
    return facts
