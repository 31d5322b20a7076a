"""The fast path: a tool marked `local_activity()` runs as a Temporal local activity, whether the model
or a program calls it, with the same results, error taxonomy and retry bound, and a short timeout;
histories recorded before a tool was made local still replay."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from harness import AgentRunner, eventually
from history import history_facts
from scenario_agents import call, durable_agent, effects, program, script
from temporalio.client import Client, WorkflowFailureError
from temporalio.exceptions import CancelledError

from durable_ptc import PTC, create_replayer, create_worker, local_activity, start_agent

pytest_plugins = ["harness"]

QUICK_TOOL_ACTIVITY = "agent__quick__toolset__files__call_tool"


async def test_direct_and_program_calls_of_a_local_tool_are_local_activities(runner: AgentRunner) -> None:
    code = "await write_file(path='b.txt', content='from program')\nawait read_file(path='a.txt')"
    shown, handle = await runner.run(
        script([call("write_file", path="a.txt", content="direct")], [program(code)]), agent="quick"
    )
    assert shown[0] == {"tool": "write_file", "outcome": "success", "content": "wrote 6 chars to a.txt"}
    assert json.loads(shown[1]["content"])["value"] == "direct"
    facts = await history_facts(handle)
    assert facts.local_activities == [QUICK_TOOL_ACTIVITY] * 3
    assert QUICK_TOOL_ACTIVITY not in facts.activities  # only the model requests are regular activities
    assert "run_ptc L1: write_file(path='b.txt', content='from program')" in facts.summaries
    assert "run_ptc L2: read_file(path='a.txt')" in facts.summaries
    assert effects() == ["write a.txt", "write b.txt"]


async def test_local_tools_keep_the_error_taxonomy_and_retry_bound(runner: AgentRunner) -> None:
    code = (
        "try:\n"
        "    await explode(message='in program')\n"
        "except RuntimeError as e:\n"
        "    print('caught RuntimeError:', e)\n"
        "await flaky(key='p', failures=1)"
    )
    shown, handle = await runner.run(
        script(
            [
                call("check", n=-1),
                call("read_file", path="missing.txt"),
                call("explode", message="boom"),
                call("flaky", key="d", failures=10),
            ],
            [program(code)],
        ),
        agent="quick",
    )
    assert [(s["outcome"], s["content"]) for s in shown[:4]] == [
        ("retried", shown[0]["content"]),
        ("failed", "no such file: missing.txt"),
        ("failed", "boom"),
        ("failed", "transient failure 3 of d"),
    ]
    assert "n must be >= 0, got -1" in shown[0]["content"]
    result = json.loads(shown[4]["content"])
    assert result == {"value": "p ok after 2 attempts", "stdout": "caught RuntimeError: in program\n"}
    counts = {event: effects().count(event) for event in set(effects())}
    # Validation and execution failures are never retried; an unexpected error fails on attempt 1;
    # ToolRetryableError is retried up to the scenario's bound of 3.
    assert counts == {
        "check -1": 1,
        "explode boom": 1,
        "explode in program": 1,
        "flaky d attempt 1": 1,
        "flaky d attempt 2": 1,
        "flaky d attempt 3": 1,
        "flaky p attempt 1": 1,
        "flaky p attempt 2": 1,
    }
    assert not (await history_facts(handle)).activities.count(QUICK_TOOL_ACTIVITY)


async def test_a_local_tool_that_overruns_its_timeout_is_cancelled_and_reported(runner: AgentRunner) -> None:
    shown, _ = await runner.run(script([call("slow", key="long", seconds=30)]), agent="quick")
    assert shown == [
        {"tool": "slow", "outcome": "failed", "content": "the tool timed out (start-to-close timeout)"}
    ]
    # Each of the 3 attempts was cut off at the 2 s timeout.
    assert effects().count("start long") == 3
    assert effects().count("cancelled long") == 3
    assert "done long" not in effects()


async def test_cancelling_the_run_waits_for_the_running_local_calls(runner: AgentRunner) -> None:
    # Core holds the workflow task open while local activities keep completing, so the cancellation
    # reaches the workflow only when it next waits on the server (here: the model request after
    # the program), or at the task's heartbeat (8 s); calls already running are not interrupted.
    code = "for i in range(4):\n    await slow(key=f'c{i}', seconds=0.3)"
    handle = await runner.start(script([program(code)]), agent="quick")
    await eventually(lambda: "start c0" in effects())
    await handle.cancel()
    with pytest.raises(WorkflowFailureError) as failure:
        await handle.result()
    assert isinstance(failure.value.cause, CancelledError)
    assert [e for e in effects() if e.startswith("done")] == [f"done c{i}" for i in range(4)]


async def test_histories_recorded_before_a_tool_was_made_local_still_replay(
    client: Client, sandbox: Path
) -> None:
    before = durable_agent("switched", PTC())
    after = durable_agent("switched", PTC(), tools_metadata=local_activity())
    prompt = script(
        [call("write_file", path="a.txt", content="x")], [program("await read_file(path='a.txt')")]
    )

    async def recorded_with(agent: Any) -> Any:
        task_queue = f"switch-{uuid.uuid4()}"
        async with create_worker(client, [agent], task_queue=task_queue):
            handle = await start_agent(
                client, agent, prompt, task_queue=task_queue, workflow_id=f"switch-{uuid.uuid4()}"
            )
            await handle.result()
            return await handle.fetch_history()

    regular_history = await recorded_with(before)
    local_history = await recorded_with(after)

    replay = await create_replayer([after]).replay_workflow(regular_history, raise_on_replay_failure=False)
    assert replay.replay_failure is None, replay.replay_failure
    # Turning the option off again while such executions are open is not supported: their local
    # activities cannot be replayed as regular ones.
    replay = await create_replayer([before]).replay_workflow(local_history, raise_on_replay_failure=False)
    assert replay.replay_failure is not None


async def test_hand_written_option_with_a_bad_timeout_fails_the_run_with_a_clear_error(
    client: Client, sandbox: Path
) -> None:
    agent = durable_agent(
        "bad_option", PTC(), tools_metadata={"durable_ptc_local_activity": {"timeout_seconds": "5s"}}
    )
    task_queue = f"bad-option-{uuid.uuid4()}"
    async with create_worker(client, [agent], task_queue=task_queue):
        handle = await start_agent(
            client,
            agent,
            script([call("read_file", path="a.txt")]),
            task_queue=task_queue,
            workflow_id=f"bad-option-{uuid.uuid4()}",
        )
        with pytest.raises(WorkflowFailureError) as failure:
            await handle.result()
    assert (
        "tool 'read_file' has invalid 'durable_ptc_local_activity' metadata {'timeout_seconds': '5s'}"
        in str(failure.value.cause)
    )
    assert effects() == []


@pytest.mark.parametrize("timeout", [timedelta(0), timedelta(seconds=11)])
def test_local_activity_timeout_must_be_short(timeout: timedelta) -> None:
    with pytest.raises(ValueError, match="a tool that may run longer should stay a regular activity"):
        local_activity(timeout=timeout)
