"""Cancelling the parent workflow interrupts direct, child and program-inner work, with no further model turn."""

from __future__ import annotations

import pytest
from harness import AgentRunner, eventually
from history import history_facts
from scenario_agents import call, effects, script
from temporalio.client import WorkflowFailureError
from temporalio.exceptions import CancelledError

pytest_plugins = ["harness"]


async def test_cancelling_the_parent_cancels_direct_calls_and_children(runner: AgentRunner) -> None:
    child_task = script([call("slow", key="child", seconds=60)])
    handle = await runner.start(
        script([call("slow", key="direct", seconds=60), call("spawn", agent_name="helper", task=child_task)])
    )
    await eventually(lambda: {"start direct", "start child"} <= set(effects()))
    await handle.cancel()
    with pytest.raises(WorkflowFailureError) as failure:
        await handle.result()
    assert isinstance(failure.value.cause, CancelledError)

    facts = await history_facts(handle)
    assert facts.activities.count("agent__orchestrator__model_request") == 1
    assert facts.count("ACTIVITY_TASK_CANCEL_REQUESTED") == 1
    assert facts.count("REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED") == 1
    assert facts.count("WORKFLOW_EXECUTION_CANCELED") == 1

    child = runner.client.get_workflow_handle(f"{handle.id}/spawn-0")
    with pytest.raises(WorkflowFailureError):
        await child.result()
    child_facts = await history_facts(child)
    assert child_facts.count("ACTIVITY_TASK_CANCEL_REQUESTED") == 1
    assert child_facts.activities.count("agent__helper__model_request") == 1
    await eventually(lambda: {"cancelled direct", "cancelled child"} <= set(effects()))
    assert "done direct" not in effects() and "done child" not in effects()
