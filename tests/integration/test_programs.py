"""`run_ptc` programs: inner calls are the same activities as direct calls, spawns the same children,
sleeps are timers, failures are catchable, and program errors reach the model with line numbers."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from harness import AgentRunner, eventually
from history import history_facts
from scenario_agents import call, effects, program, script
from temporalio.client import WorkflowFailureError

pytest_plugins = ["harness"]

TOOL_ACTIVITY = "agent__orchestrator__toolset__files__call_tool"


def result_of(shown: list[dict[str, Any]], index: int = 0) -> dict[str, Any]:
    entry = shown[index]
    assert entry["tool"] == "run_ptc" and entry["outcome"] == "success", entry
    return json.loads(str(entry["content"]))


async def test_inner_calls_use_the_direct_calls_activity_and_carry_summaries(runner: AgentRunner) -> None:
    code = "await write_file(path='notes/a.txt', content='from program')\nawait read_file(path='notes/a.txt')"
    shown, handle = await runner.run(script([program(code)], [call("read_file", path="notes/a.txt")]))
    assert result_of(shown)["value"] == "from program"
    assert shown[1]["content"] == "from program"
    facts = await history_facts(handle)
    assert facts.activities.count(TOOL_ACTIVITY) == 3
    assert not any("run_ptc" in a for a in facts.activities)
    assert "run_ptc L1: write_file(path='notes/a.txt', content='from program')" in facts.summaries
    assert "run_ptc L2: read_file(path='notes/a.txt')" in facts.summaries
    assert effects() == ["write notes/a.txt"]


async def test_inner_spawn_is_the_same_child_workflow(runner: AgentRunner) -> None:
    task = script([call("write_file", path="kid.txt", content="k")])
    code = f"answer = await spawn('helper', {task!r})\nanswer"
    shown, handle = await runner.run(script([program(code)]))
    assert "wrote 1 chars to kid.txt" in result_of(shown)["value"]
    facts = await history_facts(handle)
    assert facts.children == [f"{handle.id}/spawn-0"]
    assert any(s.startswith("run_ptc L1: spawn(agent_name='helper', task=") for s in facts.summaries)
    child = await history_facts(runner.client.get_workflow_handle(f"{handle.id}/spawn-0"))
    assert child.tool_activities() == ["files"]


async def test_failed_tool_call_is_catchable_with_the_tools_message(runner: AgentRunner) -> None:
    code = (
        "try:\n"
        "    await read_file(path='nope.txt')\n"
        "except Exception as e:\n"
        "    print('caught:', str(e))\n"
        "try:\n"
        "    await check(n=-2)\n"
        "except Exception as e:\n"
        "    print('caught:', str(e))\n"
    )
    shown, handle = await runner.run(script([program(code)]))
    assert result_of(shown)["stdout"] == "caught: no such file: nope.txt\ncaught: n must be >= 0, got -2\n"
    facts = await history_facts(handle)
    assert facts.attempts[TOOL_ACTIVITY] == 1


async def test_retryable_inner_failures_retry_by_policy(runner: AgentRunner) -> None:
    shown, handle = await runner.run(script([program("await flaky(key='p', failures=2)")]))
    assert result_of(shown)["value"] == "p ok after 3 attempts"
    assert (await history_facts(handle)).attempts[TOOL_ACTIVITY] == 3


async def test_first_failure_in_a_gather_cancels_in_flight_siblings(runner: AgentRunner) -> None:
    code = (
        "import asyncio\n"
        "async def fail_later():\n"
        "    await asyncio.sleep(1)\n"
        "    return await explode(message='bad')\n"
        "await asyncio.gather(slow(key='g1', seconds=60), slow(key='g2', seconds=60), fail_later())\n"
    )
    shown, handle = await runner.run(script([program(code)]))
    assert shown[0]["outcome"] == "failed"
    assert "line 5" in str(shown[0]["content"]) and "bad" in str(shown[0]["content"])
    facts = await history_facts(handle)
    assert facts.count("ACTIVITY_TASK_CANCEL_REQUESTED") == 2
    await eventually(lambda: {"cancelled g1", "cancelled g2"} <= set(effects()))
    assert "done g1" not in effects()


async def test_cancelling_the_parent_interrupts_program_inner_work(runner: AgentRunner) -> None:
    child_task = script([call("slow", key="inner-child", seconds=60)])
    code = (
        "import asyncio\n"
        f"await asyncio.gather(slow(key='inner', seconds=60), spawn('helper', {child_task!r}))\n"
    )
    handle = await runner.start(script([program(code)]))
    await eventually(lambda: {"start inner", "start inner-child"} <= set(effects()))
    await handle.cancel()
    with pytest.raises(WorkflowFailureError):
        await handle.result()
    facts = await history_facts(handle)
    assert facts.activities.count("agent__orchestrator__model_request") == 1
    assert facts.count("ACTIVITY_TASK_CANCEL_REQUESTED") == 1
    assert facts.count("REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED") == 1
    assert facts.count("WORKFLOW_EXECUTION_CANCELED") == 1
    await eventually(lambda: {"cancelled inner", "cancelled inner-child"} <= set(effects()))


async def test_sleep_is_a_durable_timer(runner: AgentRunner) -> None:
    shown, handle = await runner.run(script([program("import asyncio\nawait asyncio.sleep(1.5)\n'woke'")]))
    assert result_of(shown)["value"] == "woke"
    facts = await history_facts(handle)
    assert facts.count("TIMER_STARTED") == 1 and facts.count("TIMER_FIRED") == 1


async def test_an_hour_long_sleep_is_a_timer_not_a_blocked_worker(runner: AgentRunner) -> None:
    handle = await runner.start(script([program("import asyncio\nawait asyncio.sleep(3600)\n")]))

    for _ in range(300):
        if (await history_facts(handle)).count("TIMER_STARTED") == 1:
            break
        await asyncio.sleep(0.1)
    facts = await history_facts(handle)
    started = [e for e in facts.history.events if e.HasField("timer_started_event_attributes")]
    assert started[0].timer_started_event_attributes.start_to_fire_timeout.ToSeconds() == 3600
    await handle.cancel()
    with pytest.raises(WorkflowFailureError):
        await handle.result()
    assert (await history_facts(handle)).count("TIMER_CANCELED") == 1


async def test_clock_and_random_come_from_the_workflow(runner: AgentRunner) -> None:
    code = "import time, random\nfrom datetime import datetime\n[time.time(), datetime.now().year, random.random()]"
    shown, handle = await runner.run(script([program(code)]))
    now, year, number = result_of(shown)["value"]
    description = await handle.describe()
    assert (
        description.start_time.timestamp()
        <= now
        <= (description.close_time or description.start_time).timestamp()
    )
    assert year == description.start_time.year
    assert 0 <= number < 1


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("x = (1,\ny = 2", ["line 1", "SyntaxError"]),
        ("x = 1\ny = x / 0", ["line 2", "ZeroDivisionError", "^"]),
        ("while True:\n    pass", ["line 1", "LimitExceeded", "step budget"]),
        ("x = 1\nawait read_file(path='missing.txt')", ["line 2", "no such file: missing.txt"]),
    ],
    ids=["syntax", "runtime", "limit", "uncaught-tool-error"],
)
async def test_program_errors_reach_the_model_with_line_numbers(
    runner: AgentRunner, code: str, expected: list[str]
) -> None:
    shown, handle = await runner.run(script([program(code)]))
    assert shown[0]["outcome"] == "failed"
    for fragment in expected:
        assert fragment in str(shown[0]["content"]), shown[0]["content"]
    description = await handle.describe()
    assert description.status is not None and description.status.name == "COMPLETED"


async def test_wait_for_timeout_cancels_the_call_with_a_durable_timer(runner: AgentRunner) -> None:
    code = (
        "import asyncio\n"
        "try:\n"
        "    await asyncio.wait_for(slow(key='w', seconds=60), timeout=1)\n"
        "except asyncio.TimeoutError:\n"
        "    print('timed out')\n"
        "results = await asyncio.gather(check(n=2), explode(message='e'), return_exceptions=True)\n"
        "[r if isinstance(r, int) else str(r) for r in results]\n"
    )
    shown, handle = await runner.run(script([program(code)]))
    result = result_of(shown)
    assert result["stdout"] == "timed out\n"
    assert result["value"] == [4, "e"]
    facts = await history_facts(handle)
    assert facts.count("TIMER_STARTED") == 1
    assert facts.count("ACTIVITY_TASK_CANCEL_REQUESTED") == 1
    await eventually(lambda: "cancelled w" in effects())


async def test_a_builtin_exception_from_a_tool_keeps_its_class_in_the_program(runner: AgentRunner) -> None:
    code = (
        "try:\n    await explode(message='boom')\nexcept RuntimeError as e:\n    print(type(e).__name__, e)\n"
    )
    shown, handle = await runner.run(script([program(code)]))
    assert result_of(shown)["stdout"] == "RuntimeError boom\n"
    assert (await history_facts(handle)).attempts[TOOL_ACTIVITY] == 1
