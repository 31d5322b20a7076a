"""What the run graph says about workflow tasks that did not complete (read from history events)."""

from __future__ import annotations

from temporalio.api.enums.v1 import EventType, WorkflowTaskFailedCause
from temporalio.api.history.v1 import HistoryEvent

from durable_ptc._graph import build_graph, render

LOST = "its worker was lost"


def _task_failed(event_id: int, cause: WorkflowTaskFailedCause.ValueType) -> HistoryEvent:
    event = HistoryEvent(event_id=event_id, event_type=EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED)
    event.workflow_task_failed_event_attributes.cause = cause
    event.event_time.FromSeconds(1_700_000_000 + event_id)
    return event


def _started() -> HistoryEvent:
    event = HistoryEvent(event_id=1, event_type=EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)
    event.workflow_execution_started_event_attributes.workflow_type.name = "AgentWorkflow"
    event.event_time.FromSeconds(1_700_000_000)
    return event


def test_a_task_refused_for_new_events_is_not_reported_as_a_lost_worker() -> None:
    # A cancel request arriving while a workflow task completes makes the server refuse the
    # completion (UNHANDLED_COMMAND); the worker just runs the task again with the new event.
    events = [
        _started(),
        _task_failed(4, WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND),
    ]
    assert LOST not in render(build_graph("wf", events), show_code=False)


def test_a_task_that_failed_in_the_worker_is_reported() -> None:
    events = [
        _started(),
        _task_failed(4, WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE),
    ]
    assert LOST in render(build_graph("wf", events), show_code=False)


def _event(event_id: int, kind: EventType.ValueType) -> HistoryEvent:
    event = HistoryEvent(event_id=event_id, event_type=kind)
    event.event_time.FromSeconds(1_700_000_000 + event_id)
    return event


def test_work_left_open_by_a_closed_run_is_abandoned_not_running() -> None:
    scheduled = _event(5, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
    scheduled.activity_task_scheduled_event_attributes.activity_type.name = "agent__toolset__call_tool"
    ended = _event(9, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED)
    open_run = render(build_graph("wf", [_started(), scheduled]), show_code=False)
    closed_run = render(build_graph("wf", [_started(), scheduled, ended]), show_code=False)
    assert "(activity, running" in open_run
    assert "(activity, abandoned: the run was cancelled first" in closed_run and "running" not in closed_run
