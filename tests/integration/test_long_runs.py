"""A long agent run continues as new before its history gets large, invisibly to its caller."""

from __future__ import annotations

import time
import uuid

import pytest
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    TextPart,
    ToolCallPart,
    ToolReturnPart,
)
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.usage import UsageLimits
from scenario_agents import ACTIVITY_CONFIG
from temporalio.client import Client, WorkflowFailureError, WorkflowHistory

from durable_ptc import create_replayer, create_worker, ensure_plugins, run_agent

TURNS = 300
RESULT_BYTES = 2048
LIMITED_TURNS = 100
"""Enough turns to continue as new a few times (Temporal suggests it at 4 MB of history)."""


def marathon_model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    """One `chunk` call per turn for TURNS turns, then a summary of every result it was shown."""
    step = sum(isinstance(m, ModelResponse) for m in messages)
    if step < TURNS:
        return ModelResponse(parts=[ToolCallPart("chunk", {"i": step}, tool_call_id=f"call-{step}")])
    seen = [
        part.content
        for message in messages
        if isinstance(message, ModelRequest)
        for part in message.parts
        if isinstance(part, ToolReturnPart)
    ]
    indices = [int(str(content).partition(":")[0]) for content in seen]
    ok = indices == list(range(TURNS)) and all(len(str(c)) == RESULT_BYTES for c in seen)
    return ModelResponse(parts=[TextPart(f"{len(seen)} results, in order and whole: {ok}")])


marathon = Agent(
    FunctionModel(marathon_model),
    name="marathon",
    capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG)],
)


@marathon.tool_plain
async def chunk(i: int) -> str:
    """A 2 KB piece of text."""
    prefix = f"{i}:"
    return prefix + "x" * (RESULT_BYTES - len(prefix))


async def chain_histories(client: Client, workflow_id: str) -> list[WorkflowHistory]:
    runs = [run async for run in client.list_workflows(f'WorkflowId = "{workflow_id}"')]
    runs.sort(key=lambda run: run.start_time)
    return [await client.get_workflow_handle(workflow_id, run_id=run.run_id).fetch_history() for run in runs]


async def test_a_300_turn_run_continues_as_new_and_each_run_stays_small_and_replays(client: Client) -> None:
    client = ensure_plugins(client)
    task_queue = f"long-{uuid.uuid4()}"
    workflow_id = f"long-{uuid.uuid4()}"
    async with create_worker(client, [marathon], task_queue=task_queue):
        output = await run_agent(
            client,
            marathon,
            "run",
            task_queue=task_queue,
            workflow_id=workflow_id,
            usage_limits=UsageLimits(request_limit=TURNS + 1),
        )
    assert output.output == f"{TURNS} results, in order and whole: True"
    histories = await chain_histories(client, workflow_id)
    assert len(histories) > 1
    replayer = create_replayer([marathon])
    for number, history in enumerate(histories):
        size = sum(event.ByteSize() for event in history.events)
        started = time.perf_counter()
        replay = await replayer.replay_workflow(history, raise_on_replay_failure=False)
        elapsed = time.perf_counter() - started
        print(f"run {number}: {len(history.events)} events, {size / 1e6:.2f} MB, replayed in {elapsed:.2f} s")
        assert replay.replay_failure is None, replay.replay_failure
        assert len(history.events) < 10_000
        assert size < 10_000_000


async def test_usage_limits_count_across_continuations(client: Client) -> None:
    client = ensure_plugins(client)
    task_queue = f"long-{uuid.uuid4()}"
    workflow_id = f"long-{uuid.uuid4()}"
    async with create_worker(client, [marathon], task_queue=task_queue):
        with pytest.raises(WorkflowFailureError) as failure:
            await run_agent(
                client,
                marathon,
                "run",
                task_queue=task_queue,
                workflow_id=workflow_id,
                usage_limits=UsageLimits(request_limit=LIMITED_TURNS),
            )
    assert f"request_limit of {LIMITED_TURNS}" in str(failure.value.cause)
    assert len(await chain_histories(client, workflow_id)) > 1
