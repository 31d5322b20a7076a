"""Retries are opt-in and bounded: a tool whose retry policy sets no `maximum_attempts` gets
`DEFAULT_TOOL_MAXIMUM_ATTEMPTS` (or the worker's `tool_maximum_attempts`), never Temporal's
unlimited default; an explicit bound in the activity config is kept."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from history import history_facts
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.models.function import FunctionModel
from scenario_agents import call, effects, make_tools, orchestrator, program, script, scripted
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowHandle
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from durable_ptc import DEFAULT_TOOL_MAXIMUM_ATTEMPTS, PTC, create_replayer, create_worker, start_agent

pytest_plugins = ["harness"]

TOOL_ACTIVITY = "agent__unbounded__toolset__files__call_tool"

unbounded = Agent(
    FunctionModel(scripted),
    name="unbounded",
    toolsets=[make_tools()],
    capabilities=[
        TemporalDurability(
            activity_config=ActivityConfig(
                start_to_close_timeout=timedelta(seconds=60),
                # No maximum_attempts: Temporal's own default would retry forever.
                retry_policy=RetryPolicy(
                    initial_interval=timedelta(milliseconds=100), backoff_coefficient=1.0
                ),
            )
        ),
        PTC(),
    ],
)


async def _run(
    client: Client, agent: str, prompt: str, task_queue: str
) -> tuple[list[dict[str, Any]], WorkflowHandle[Any, Any]]:
    handle = await start_agent(
        client, agent, prompt, task_queue=task_queue, workflow_id=f"retry-{uuid.uuid4()}"
    )
    output = await handle.result()
    replay = await create_replayer([unbounded, orchestrator]).replay_workflow(
        await handle.fetch_history(), raise_on_replay_failure=False
    )
    assert replay.replay_failure is None, replay.replay_failure
    return json.loads(output.output), handle


async def _scheduled_maximum_attempts(handle: WorkflowHandle[Any, Any]) -> list[int]:
    history = await handle.fetch_history()
    return [
        event.activity_task_scheduled_event_attributes.retry_policy.maximum_attempts
        for event in history.events
        if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
        and event.activity_task_scheduled_event_attributes.activity_type.name.endswith("__call_tool")
    ]


async def test_unbounded_policy_gets_the_default_attempts(client: Client, sandbox: Path) -> None:
    task_queue = f"retry-{uuid.uuid4()}"
    async with create_worker(client, [unbounded], task_queue=task_queue):
        shown, handle = await _run(
            client, "unbounded", script([call("flaky", key="d", failures=10)]), task_queue
        )
    assert shown == [
        {
            "tool": "flaky",
            "outcome": "failed",
            "content": f"transient failure {DEFAULT_TOOL_MAXIMUM_ATTEMPTS} of d",
        }
    ]
    facts = await history_facts(handle)
    assert facts.attempts[TOOL_ACTIVITY] == DEFAULT_TOOL_MAXIMUM_ATTEMPTS
    assert len(effects()) == DEFAULT_TOOL_MAXIMUM_ATTEMPTS
    assert await _scheduled_maximum_attempts(handle) == [DEFAULT_TOOL_MAXIMUM_ATTEMPTS]


async def test_worker_bound_applies_to_program_calls_and_explicit_bounds_are_kept(
    client: Client, sandbox: Path
) -> None:
    task_queue = f"retry-{uuid.uuid4()}"
    code = "try:\n    await flaky(key='p', failures=10)\nexcept Exception as e:\n    print(str(e))\n"
    async with create_worker(
        client, [unbounded, orchestrator], task_queue=task_queue, tool_maximum_attempts=2
    ):
        shown, handle = await _run(client, "unbounded", script([program(code)]), task_queue)
        assert json.loads(shown[0]["content"])["stdout"] == "transient failure 2 of p\n"
        facts = await history_facts(handle)
        assert facts.attempts[TOOL_ACTIVITY] == 2
        assert await _scheduled_maximum_attempts(handle) == [2]

        # The scenario agent's activity config says maximum_attempts=3: the worker's bound does not override it.
        shown, handle = await _run(
            client, "orchestrator", script([call("flaky", key="e", failures=10)]), task_queue
        )
        assert shown[0]["content"] == "transient failure 3 of e"
        assert await _scheduled_maximum_attempts(handle) == [3]
    assert effects().count("flaky p attempt 2") == 1 and "flaky p attempt 3" not in effects()
