"""What a run carries when it continues as new: sub-agents' results, detached handles, approvals, budgets.

These runs use their own dev server, which suggests continuing as new after a few dozen events, so a
chain of runs forms within a few turns (`continuation_agents`). The model asks `where()` which run it
is in, so each test knows — from what the model was shown — which calls happened before and which
after a continuation.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from continuation_agents import CHAIN_AGENTS, HELD_EVENTS, SUGGEST_AFTER_EVENTS, call, plan
from scenario_agents import effects
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowExecutionStatus, WorkflowHandle, WorkflowHistory
from temporalio.service import RPCError, RPCStatusCode

from durable_ptc import (
    DevServer,
    approve,
    create_replayer,
    create_worker,
    ensure_plugins,
    pending_approvals,
    start_agent,
)

pytest_plugins = ["harness"]


@pytest.fixture(scope="module")
async def short_history_client(temporal_cli: Path) -> AsyncIterator[Client]:
    """A client of a dev server that suggests continuing as new after `SUGGEST_AFTER_EVENTS` events."""
    config = {"limit.historyCount.suggestContinueAsNew": str(SUGGEST_AFTER_EVENTS)}
    async with DevServer(cli=temporal_cli, dynamic_config=config) as server:
        yield ensure_plugins(await server.connect())


@pytest.fixture
async def chain_queue(short_history_client: Client, sandbox: Path) -> AsyncIterator[str]:
    task_queue = f"chain-{uuid.uuid4()}"
    async with create_worker(short_history_client, CHAIN_AGENTS, task_queue=task_queue):
        yield task_queue


async def until(condition: Callable[[], Awaitable[bool]], timeout: float = 120.0) -> None:
    """Wait until `condition()` holds: the server's view of runs that are still going."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.2)


async def start(
    client: Client, task_queue: str, prompt: str, agent: str = "chain"
) -> WorkflowHandle[Any, Any]:
    return await start_agent(
        client, agent, prompt, task_queue=task_queue, workflow_id=f"chain-{uuid.uuid4()}"
    )


async def chain_histories(client: Client, workflow_id: str) -> list[WorkflowHistory]:
    runs = [run async for run in client.list_workflows(f'WorkflowId = "{workflow_id}"')]
    runs.sort(key=lambda run: run.start_time)
    return [await client.get_workflow_handle(workflow_id, run_id=run.run_id).fetch_history() for run in runs]


async def finish(client: Client, handle: WorkflowHandle[Any, Any]) -> list[dict[str, Any]]:
    """The chain's final output (what the model was shown), after checking every run of it replays."""
    output = await asyncio.wait_for(handle.result(), timeout=300)
    histories = await chain_histories(client, handle.id)
    assert len(histories) > 1, "the run never continued as new"
    replayer = create_replayer(CHAIN_AGENTS)
    for history in histories:
        replay = await replayer.replay_workflow(history, raise_on_replay_failure=False)
        assert replay.replay_failure is None, replay.replay_failure
    return json.loads(output.output)


def results(shown: list[dict[str, Any]], tool: str) -> list[tuple[str, str]]:
    return [(entry["outcome"], entry["content"]) for entry in shown if entry["tool"] == tool]


def run_of_each_result(shown: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """(tool, index of the chain's run it happened in, as far as `where()` calls before it tell)."""
    runs: list[str] = []
    placed: list[tuple[str, int]] = []
    for entry in shown:
        if entry["tool"] == "where" and entry["content"] not in runs:
            runs.append(entry["content"])
        placed.append((entry["tool"], len(runs) - 1))
    return placed


def suggested_while_running(history: WorkflowHistory) -> bool:
    return any(
        event.workflow_task_started_event_attributes.suggest_continue_as_new
        for event in history.events
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED
    )


async def test_a_waited_sub_agents_result_reaches_the_model_across_a_continuation(
    short_history_client: Client, chain_queue: str
) -> None:
    client = short_history_client
    handle = await start(
        client,
        chain_queue,
        plan(
            [call("where"), call("spawn", agent_name="relay", task="alpha")],
            {"until_runs": 2},
            [call("spawn", agent_name="relay", task="beta")],
        ),
    )
    shown = await finish(client, handle)
    assert results(shown, "spawn") == [("success", "relay did alpha"), ("success", "relay did beta")]
    placed = run_of_each_result(shown)
    assert [run for tool, run in placed if tool == "spawn"] == [0, 1]
    for position in (0, 1):  # child IDs stay unique across the chain: the second spawn is spawn-1
        child = await client.get_workflow_handle(f"{handle.id}/spawn-{position}").describe()
        assert child.status == WorkflowExecutionStatus.COMPLETED


async def test_a_detached_sub_agent_started_before_a_continuation_is_listed_awaited_and_cancelled_after_it(
    short_history_client: Client, chain_queue: str
) -> None:
    client = short_history_client
    handle = await start(
        client,
        chain_queue,
        plan(
            [call("where"), call("spawn", agent_name="relay", task="gamma", wait=False)],
            {"until_runs": 2},
            [
                call("list_spawned"),
                call("wait_spawned", handle="spawn-0"),
                call("cancel_spawned", handle="spawn-0"),
            ],
            [call("run_ptc", code="await wait_spawned('spawn-0')")],
            [call("spawn", agent_name="relay", task="delta", wait=False)],
            [call("wait_spawned", handle="spawn-1")],
            [call("list_spawned")],
        ),
    )
    shown = await finish(client, handle)
    placed = run_of_each_result(shown)
    assert [run for tool, run in placed if tool == "spawn"] == [0, 1]
    assert [run for tool, run in placed if tool in ("list_spawned", "wait_spawned", "run_ptc")] == [1] * 5
    assert results(shown, "spawn") == [("success", "spawn-0"), ("success", "spawn-1")]
    first_list, last_list = results(shown, "list_spawned")
    assert [(s["handle"], s["status"]) for s in json.loads(first_list[1])] == [("spawn-0", "done")]
    assert [(s["handle"], s["status"]) for s in json.loads(last_list[1])] == [
        ("spawn-0", "done"),
        ("spawn-1", "done"),
    ]
    assert results(shown, "wait_spawned") == [("success", "relay did gamma"), ("success", "relay did delta")]
    assert results(shown, "cancel_spawned") == [("success", "sub-agent spawn-0 ('relay') is done")]
    assert json.loads(results(shown, "run_ptc")[0][1])["value"] == "relay did gamma"


async def test_a_continuation_waits_for_running_detached_sub_agents(
    short_history_client: Client, chain_queue: str
) -> None:
    client = short_history_client
    handle = await start(
        client,
        chain_queue,
        plan(
            [call("where"), call("spawn", agent_name="reviewed", task="report", wait=False)],
            {"repeat": 4},
            [call("wait_spawned", handle="spawn-0")],
            {"until_runs": 2},
            [call("list_spawned"), call("wait_spawned", handle="spawn-0")],
        ),
    )
    child_id = f"{handle.id}/spawn-0"

    async def child_waits_and_parent_was_told_to_continue() -> bool:
        history = await client.get_workflow_handle(handle.id).fetch_history()
        if not suggested_while_running(history):
            return False
        try:
            return bool(await pending_approvals(client, child_id))
        except RPCError as error:
            if error.status == RPCStatusCode.NOT_FOUND:
                return False  # not started yet
            raise

    # The child cannot end before its email is approved, so every turn until then is held in one run.
    await until(child_waits_and_parent_was_told_to_continue)
    (pending,) = await pending_approvals(client, child_id)
    await approve(client, child_id, pending["call_id"])
    shown = await finish(client, handle)
    placed = run_of_each_result(shown)
    assert [run for tool, run in placed if tool == "where"][:5] == [0] * 5
    assert [run for tool, run in placed if tool == "wait_spawned"] == [0, 1]
    waited = results(shown, "wait_spawned")
    assert waited == [("success", "reviewed: sent to kid: report")] * 2
    assert [s["status"] for s in json.loads(results(shown, "list_spawned")[0][1])] == ["done"]
    assert effects() == ["send_email kid report"]


async def test_a_detached_sub_agent_still_running_past_the_ceiling_is_orphaned_with_the_reason(
    short_history_client: Client, chain_queue: str
) -> None:
    client = short_history_client
    handle = await start(
        client,
        chain_queue,
        plan(
            [call("where"), call("spawn", agent_name="reviewed", task="never", wait=False)],
            {"until_runs": 2},
            [
                call("list_spawned"),
                call("wait_spawned", handle="spawn-0"),
                call("cancel_spawned", handle="spawn-0"),
            ],
        ),
        agent="impatient",
    )
    shown = await finish(client, handle)
    first_history = (await chain_histories(client, handle.id))[0]
    assert len(first_history.events) >= HELD_EVENTS  # held back up to the ceiling, then continued
    assert [s["status"] for s in json.loads(results(shown, "list_spawned")[0][1])] == ["orphaned"]
    for outcome, message in results(shown, "wait_spawned") + results(shown, "cancel_spawned"):
        assert outcome == "failed"
        assert message.startswith(
            "sub-agent spawn-0 ('reviewed') was still running when this run continued as new (history at "
        )
        assert message.endswith(
            "so its result cannot reach this run; it was asked to cancel (parent-close policy REQUEST_CANCEL)"
        )
    child = client.get_workflow_handle(f"{handle.id}/spawn-0")

    async def child_cancelled() -> bool:
        return (await child.describe()).status == WorkflowExecutionStatus.CANCELED

    await until(child_cancelled)
    assert effects() == []


async def test_a_run_told_to_continue_while_a_call_awaits_approval_keeps_waiting_then_carries_on(
    short_history_client: Client, chain_queue: str
) -> None:
    client = short_history_client
    gathered = (
        "import asyncio\n"
        "sent, *runs = await asyncio.gather(send_email(to='ann', body='first'), *[where() for _ in range(12)])\n"
        "sent"
    )
    handle = await start(
        client,
        chain_queue,
        plan(
            [call("where"), call("run_ptc", code=gathered)],
            {"until_runs": 2},
            [call("send_email", to="bob", body="second")],
            [call("send_email", to="cy", body="third")],
        ),
    )
    first_run = handle.result_run_id

    async def waiting_and_told_to_continue() -> bool:
        latest = client.get_workflow_handle(handle.id)
        return bool(await pending_approvals(client, handle.id)) and suggested_while_running(
            await latest.fetch_history()
        )

    await until(waiting_and_told_to_continue)
    (pending,) = await pending_approvals(client, handle.id)
    assert (pending["call_id"], pending["tool"], pending["line"]) == ("approval-1", "send_email", 2)
    assert (await client.get_workflow_handle(handle.id).describe()).run_id == first_run  # still waiting
    await approve(client, handle.id, "approval-1")

    def waits(call_id: str) -> Callable[[], Awaitable[bool]]:
        async def condition() -> bool:
            return any(p["call_id"] == call_id for p in await pending_approvals(client, handle.id))

        return condition

    await until(waits("approval-2"))
    (pending,) = await pending_approvals(client, handle.id)
    assert (pending["call_id"], pending["args"]) == ("approval-2", {"to": "bob", "body": "second"})
    assert (await client.get_workflow_handle(handle.id).describe()).run_id != first_run
    await approve(client, handle.id, "approval-2")
    # A declared `requires_approval` call is asked before tools' hooks run, so the budget (carried from
    # the first run) refuses the third email only once it is approved.
    await until(waits("approval-3"))
    (pending,) = await pending_approvals(client, handle.id)
    assert (pending["call_id"], pending["args"]) == ("approval-3", {"to": "cy", "body": "third"})
    await approve(client, handle.id, "approval-3")
    shown = await finish(client, handle)
    placed = run_of_each_result(shown)
    assert [run for tool, run in placed if tool == "run_ptc"] == [0]
    assert json.loads(results(shown, "run_ptc")[0][1])["value"] == "sent to ann: first"
    assert results(shown, "send_email") == [
        ("success", "sent to bob: second"),
        ("failed", "policy budget: at most 2 send_email call(s) per run, all used"),
    ]
    assert effects() == ["send_email ann first", "send_email bob second"]
