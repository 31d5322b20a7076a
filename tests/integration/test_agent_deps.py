"""Deps and run options reach the agent, its tools (called by the model or a program) and its sub-agents."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from deps_agents import DEPS_AGENTS, Deps
from pydantic_ai.messages import ModelRequest, ModelResponse, TextPart, UserPromptPart
from pydantic_ai.usage import UsageLimits
from scenario_agents import call, program, script
from temporalio.client import Client, WorkflowFailureError
from temporalio.exceptions import ApplicationError

from durable_ptc import create_replayer, create_worker, ensure_plugins, run_agent, start_agent

CHILD_PROGRAM = """
w = await weather(day="sunday")
p = await price_order(sku="pear", quantity=4)
[w, p, await shout(text="ok")]
"""

PARENT_PROGRAM = f"""
w = await weather(day="monday")
p = await price_order(sku="apple", quantity=3)
s = await ship(order={{"sku": "apple", "quantity": 3}}, address={{"street": "1 Main St", "city": "Lyon"}})
loud = await shout(text=w)
child = await spawn(agent_name="clerk", task={script([program(CHILD_PROGRAM)])!r})
{{"weather": w, "price": p, "ship": s, "loud": loud, "child": child}}
"""


@pytest.fixture
async def task_queue(client: Client) -> AsyncIterator[str]:
    queue = f"deps-{uuid.uuid4()}"
    async with create_worker(client, DEPS_AGENTS, task_queue=queue):
        yield queue


async def run_and_replay(client: Client, agent: str, prompt: str, task_queue: str, **options: Any) -> Any:
    client = ensure_plugins(client)
    handle = await start_agent(
        client, agent, prompt, task_queue=task_queue, workflow_id=f"deps-{uuid.uuid4()}", **options
    )
    output = await handle.result()
    for workflow_id in (handle.id, f"{handle.id}/spawn-0"):
        history = await client.get_workflow_handle(workflow_id).fetch_history()
        replay = await create_replayer(DEPS_AGENTS).replay_workflow(history, raise_on_replay_failure=False)
        assert replay.replay_failure is None, replay.replay_failure
    return json.loads(output.output)


def program_value(shown: dict[str, Any]) -> Any:
    assert shown["outcome"] == "success", shown["content"]
    return json.loads(shown["content"])["value"]


async def test_deps_reach_program_calls_direct_calls_and_spawned_children(
    client: Client, task_queue: str
) -> None:
    prompt = script([program(PARENT_PROGRAM)], [call("weather", day="tuesday")])
    shown = await run_and_replay(client, "shop", prompt, task_queue, deps=Deps(city="Paris"))
    value = program_value(shown[0])
    child_shown = json.loads(value.pop("child"))
    assert value == {
        "weather": "monday in Paris: 21C",
        "price": 1.5,
        "ship": "3 apple to 1 Main St, Lyon",
        "loud": "MONDAY IN PARIS: 21C",
    }
    assert program_value(child_shown[0]) == ["sunday in Paris: 21C", 3.0, "OK"]
    assert shown[1] == {"tool": "weather", "outcome": "success", "content": "tuesday in Paris: 21C"}


async def test_a_subagents_deps_hook_derives_the_childs_deps(client: Client, task_queue: str) -> None:
    prompt = script([call("spawn", agent_name="clerk", task=script([program(CHILD_PROGRAM)]))])
    shown = await run_and_replay(client, "branch", prompt, task_queue, deps={"city": "Oslo"})
    child_shown = json.loads(shown[0]["content"])
    assert program_value(child_shown[0])[0] == "sunday in Oslo branch for clerk: 21F"


async def test_deps_of_the_wrong_shape_fail_before_the_run_starts(client: Client, task_queue: str) -> None:
    from deps_agents import shop

    with pytest.raises(
        ValueError, match=r"^deps for agent 'shop' are not a valid Deps: city: Field required$"
    ):
        await run_agent(
            client, shop, "hi", task_queue=task_queue, workflow_id=f"deps-{uuid.uuid4()}", deps={}
        )


async def test_deps_of_the_wrong_shape_fail_the_workflow_by_name(client: Client, task_queue: str) -> None:
    with pytest.raises(WorkflowFailureError) as failure:
        await run_agent(
            client,
            "shop",
            "hi",
            task_queue=task_queue,
            workflow_id=f"deps-{uuid.uuid4()}",
            deps={"town": "x"},
        )
    cause = failure.value.cause
    assert isinstance(cause, ApplicationError) and cause.type == "InvalidDeps"
    assert cause.message == "deps for agent 'shop' are not a valid Deps: city: Field required"


async def test_usage_limits_reach_the_run(client: Client, task_queue: str) -> None:
    prompt = script([call("shout", text="a")], [call("shout", text="b")], [call("shout", text="c")])
    with pytest.raises(WorkflowFailureError) as failure:
        await run_agent(
            client,
            "shop",
            prompt,
            task_queue=task_queue,
            workflow_id=f"deps-{uuid.uuid4()}",
            deps=Deps(city="Rome"),
            usage_limits=UsageLimits(request_limit=2),
        )
    assert "request_limit of 2" in str(failure.value.cause)


async def test_model_settings_reach_the_model(client: Client, task_queue: str) -> None:
    output = await run_agent(
        client,
        "settings_echo",
        "hi",
        task_queue=task_queue,
        workflow_id=f"deps-{uuid.uuid4()}",
        model_settings={"temperature": 0.25, "max_tokens": 7},
    )
    assert json.loads(output.output) == {"temperature": 0.25, "max_tokens": 7}


async def test_message_history_continues_a_conversation(client: Client, task_queue: str) -> None:
    earlier = script([call("shout", text="said before")], [call("weather", day="friday")])
    history = [
        ModelRequest(parts=[UserPromptPart(earlier)]),
        ModelResponse(parts=[TextPart("noted")]),
    ]
    output = await run_agent(
        client,
        "shop",
        "go on",
        task_queue=task_queue,
        workflow_id=f"deps-{uuid.uuid4()}",
        deps=Deps(city="Bern"),
        message_history=history,
    )
    # The history's one response counts as turn 0, so this run starts at turn 1.
    assert json.loads(output.output) == [
        {"tool": "weather", "outcome": "success", "content": "friday in Bern: 21C"}
    ]
