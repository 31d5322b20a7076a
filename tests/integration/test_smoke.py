"""The foundation works end to end: a real server runs activities and child workflows, and the
recorded history replays — and replay is a real check, failing when the workflow code changed."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import pytest
from evolving_workflows import EvolvingWorkflowV1, EvolvingWorkflowV2, fetch_price
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client
from temporalio.converter import DataConverter
from temporalio.worker import Replayer
from temporalio.workflow import NondeterminismError

from durable_ptc._smoke import (
    SMOKE_ACTIVITIES,
    SMOKE_ACTIVITY_SUMMARY,
    SMOKE_WORKFLOW_RUNNER,
    SMOKE_WORKFLOWS,
    SmokeResult,
    SmokeWorkflow,
)

if TYPE_CHECKING:  # pytest imports conftest by path; only its type is needed here
    from conftest import WorkerFactory


async def test_smoke_workflow_runs_activity_timer_and_child_and_replays(
    client: Client, worker_factory: WorkerFactory
) -> None:
    async with worker_factory(
        workflows=SMOKE_WORKFLOWS, activities=SMOKE_ACTIVITIES, workflow_runner=SMOKE_WORKFLOW_RUNNER
    ) as worker:
        handle = await client.start_workflow(
            SmokeWorkflow.run, "replay", id=f"smoke-{uuid.uuid4()}", task_queue=worker.task_queue
        )
        assert await handle.result() == SmokeResult(greeting="Hello, replay!", child_total=6)

    history = await handle.fetch_history()
    events = {event.event_type for event in history.events}
    assert {
        EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
        EventType.EVENT_TYPE_TIMER_FIRED,
        EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED,
    } <= events
    # Activity summaries (user metadata) are stored by the server: inner tool calls rely on them.
    scheduled = next(
        event for event in history.events if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
    )
    summary = DataConverter.default.payload_converter.from_payload(scheduled.user_metadata.summary, str)
    assert summary == SMOKE_ACTIVITY_SUMMARY

    await Replayer(workflows=SMOKE_WORKFLOWS, workflow_runner=SMOKE_WORKFLOW_RUNNER).replay_workflow(history)


async def test_replay_fails_when_workflow_code_changed(client: Client, worker_factory: WorkerFactory) -> None:
    async with worker_factory(workflows=[EvolvingWorkflowV1], activities=[fetch_price]) as worker:
        handle = await client.start_workflow(
            EvolvingWorkflowV1.run, "apple", id=f"evolving-{uuid.uuid4()}", task_queue=worker.task_queue
        )
        assert await handle.result() == 500
    history = await handle.fetch_history()

    await Replayer(workflows=[EvolvingWorkflowV1]).replay_workflow(history)
    with pytest.raises(NondeterminismError, match=r"fetch_price|fetch_discounted_price"):
        await Replayer(workflows=[EvolvingWorkflowV2]).replay_workflow(history)
