"""Direct model tool calls and spawns: activity/child-workflow shape, error routing, retries."""

from __future__ import annotations

from harness import AgentRunner
from history import history_facts
from scenario_agents import call, effects, script

pytest_plugins = ["harness"]


async def test_plain_tools_are_activities_and_ptc_and_spawn_are_not(runner: AgentRunner) -> None:
    shown, handle = await runner.run(
        script([call("write_file", path="a.txt", content="hi")], [call("read_file", path="a.txt")])
    )
    assert [s["content"] for s in shown] == ["wrote 2 chars to a.txt", "hi"]
    facts = await history_facts(handle)
    assert facts.activities == [
        "agent__orchestrator__model_request",
        "agent__orchestrator__toolset__files__call_tool",
        "agent__orchestrator__model_request",
        "agent__orchestrator__toolset__files__call_tool",
        "agent__orchestrator__model_request",
    ]
    assert not any("run_ptc" in a or "spawn" in a for a in facts.activities)


async def test_retryable_failures_retry_by_policy(runner: AgentRunner) -> None:
    shown, handle = await runner.run(script([call("flaky", key="f", failures=2)]))
    assert shown == [{"tool": "flaky", "outcome": "success", "content": "f ok after 3 attempts"}]
    facts = await history_facts(handle)
    assert facts.attempts["agent__orchestrator__toolset__files__call_tool"] == 3
    assert effects() == ["flaky f attempt 1", "flaky f attempt 2", "flaky f attempt 3"]


async def test_exhausted_retries_reach_the_model_once(runner: AgentRunner) -> None:
    shown, _ = await runner.run(script([call("flaky", key="g", failures=5)]))
    assert shown == [{"tool": "flaky", "outcome": "failed", "content": "transient failure 3 of g"}]
    assert len(effects()) == 3


async def test_validation_failure_reaches_the_model_without_retry(runner: AgentRunner) -> None:
    shown, handle = await runner.run(script([call("check", n=-1)], [call("check", n=3)]))
    assert shown[0]["outcome"] == "retried"
    assert "n must be >= 0, got -1" in shown[0]["content"]
    assert shown[1] == {"tool": "check", "outcome": "success", "content": "9"}
    facts = await history_facts(handle)
    assert facts.attempts["agent__orchestrator__toolset__files__call_tool"] == 1
    assert effects() == ["check -1", "check 3"]


async def test_unexpected_exception_is_terminal_and_model_visible(runner: AgentRunner) -> None:
    shown, handle = await runner.run(script([call("explode", message="kaboom")]))
    assert shown == [{"tool": "explode", "outcome": "failed", "content": "kaboom"}]
    assert effects() == ["explode kaboom"]
    facts = await history_facts(handle)
    assert facts.attempts["agent__orchestrator__toolset__files__call_tool"] == 1


async def test_tool_execution_error_is_terminal(runner: AgentRunner) -> None:
    shown, _ = await runner.run(script([call("read_file", path="missing.txt")]))
    assert shown == [{"tool": "read_file", "outcome": "failed", "content": "no such file: missing.txt"}]


async def test_spawn_is_a_child_workflow_running_a_durable_agent(runner: AgentRunner) -> None:
    task = script([call("write_file", path="child.txt", content="from child")])
    shown, handle = await runner.run(script([call("spawn", agent_name="helper", task=task)]))
    assert shown[0]["tool"] == "spawn" and shown[0]["outcome"] == "success"
    assert "wrote 10 chars to child.txt" in shown[0]["content"]
    facts = await history_facts(handle)
    assert facts.children == [f"{handle.id}/spawn-0"]
    assert facts.child_types == ["durable_ptc.AgentWorkflow"]
    assert not any("spawn" in a for a in facts.activities)
    child = await history_facts(runner.client.get_workflow_handle(f"{handle.id}/spawn-0"))
    assert "agent__helper__toolset__files__call_tool" in child.activities
    assert effects() == ["write child.txt"]


async def test_failed_child_is_a_model_visible_spawn_failure(runner: AgentRunner) -> None:
    shown, _ = await runner.run(script([call("spawn", agent_name="helper", task="not a script")]))
    assert shown[0]["outcome"] == "failed"
    assert shown[0]["content"].startswith("sub-agent 'helper' failed:")


async def test_unknown_agent_is_repairable(runner: AgentRunner) -> None:
    shown, _ = await runner.run(script([call("spawn", agent_name="nobody", task="x")]))
    assert shown[0]["outcome"] == "retried"
    assert "unknown agent 'nobody'" in shown[0]["content"]
