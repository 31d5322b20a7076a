"""`spawn(..., wait=False)` returns a handle at once; a later model turn or program waits for it,
cancels it or lists it; a wait that times out leaves the child running; a child still running when
its parent finishes is cancelled (parent-close policy REQUEST_CANCEL)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from harness import AgentRunner, eventually
from history import history_facts
from scenario_agents import call, effects, program, script
from temporalio.client import WorkflowExecutionStatus, WorkflowFailureError

pytest_plugins = ["harness"]

CHORE = script([call("write_file", path="kid.txt", content="k")])
LONG_CHORE = script([call("slow", key="kid", seconds=60)])


def contents(shown: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(entry["tool"], entry["outcome"], str(entry["content"])) for entry in shown]


async def test_detached_child_started_in_one_turn_is_awaited_in_a_later_one(runner: AgentRunner) -> None:
    shown, handle = await runner.run(
        script(
            [call("spawn", agent_name="helper", task=CHORE, wait=False)],
            [call("list_spawned")],
            [call("wait_spawned", handle="spawn-0")],
        )
    )
    spawned, listed, waited = contents(shown)
    assert spawned == ("spawn", "success", "spawn-0")
    assert json.loads(listed[2])[0]["handle"] == "spawn-0"
    assert json.loads(listed[2])[0]["agent"] == "helper"
    assert waited[:2] == ("wait_spawned", "success") and "wrote 1 chars to kid.txt" in waited[2]
    assert (await history_facts(handle)).children == [f"{handle.id}/spawn-0"]
    assert effects() == ["write kid.txt"]


async def test_programs_pass_handles_across_turns(runner: AgentRunner) -> None:
    start = f"h = await spawn('helper', {CHORE!r}, wait=False)\nh"
    finish = "answer = await wait_spawned('spawn-0')\n[s['status'] for s in await list_spawned()], answer"
    shown, _ = await runner.run(script([program(start)], [program(finish)]))
    first, second = (json.loads(str(entry["content"]))["value"] for entry in shown)
    assert first == "spawn-0"
    statuses, answer = second
    assert statuses == ["done"] and "wrote 1 chars to kid.txt" in answer


async def test_wait_timeout_leaves_the_child_running_until_cancelled(runner: AgentRunner) -> None:
    shown, _ = await runner.run(
        script(
            [call("spawn", agent_name="helper", task=LONG_CHORE, wait=False)],
            [call("wait_spawned", handle="spawn-0", timeout=1)],
            [call("cancel_spawned", handle="spawn-0")],
            [
                call("list_spawned"),
                call("wait_spawned", handle="spawn-0"),
                call("wait_spawned", handle="spawn-9"),
            ],
        )
    )
    _, timed_out, cancelled, listed, waited, unknown = contents(shown)
    assert timed_out == ("wait_spawned", "failed", "sub-agent spawn-0 ('helper') is still running after 1 s")
    assert cancelled == ("cancel_spawned", "success", "sub-agent spawn-0 ('helper') is cancelled")
    assert json.loads(listed[2])[0]["status"] == "cancelled"
    assert waited == ("wait_spawned", "failed", "sub-agent spawn-0 ('helper') was cancelled")
    assert unknown[1] == "retried" and "no sub-agent 'spawn-9' was started with wait=False" in unknown[2]
    await eventually(lambda: "cancelled kid" in effects())
    assert "done kid" not in effects()


async def test_child_still_running_when_the_parent_finishes_is_cancelled(runner: AgentRunner) -> None:
    shown, handle = await runner.run(
        script([call("spawn", agent_name="helper", task=LONG_CHORE, wait=False)])
    )
    assert contents(shown) == [("spawn", "success", "spawn-0")]
    child = runner.client.get_workflow_handle(f"{handle.id}/spawn-0")
    with pytest.raises(WorkflowFailureError):
        await child.result()
    assert (await child.describe()).status == WorkflowExecutionStatus.CANCELED
