"""`PTC` and `Subagents` outside Temporal: the description the model sees, tool selection, and the
same tool-manager path in-process (no server needed)."""

from __future__ import annotations

import json
from typing import Any

from pydantic_ai import Agent
from pydantic_ai.messages import ModelMessage, ModelResponse, TextPart, ToolCallPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.tools import ToolDefinition
from pydantic_ai.toolsets import FunctionToolset

from durable_ptc import PTC, Subagents


def make_tools() -> FunctionToolset[Any]:
    tools = FunctionToolset[Any](id="offline")

    @tools.tool_plain
    async def lookup(key: str, default: int = 0) -> dict[str, int]:
        """Look a key up.

        Args:
            key: The key to look up.
            default: Returned when the key is unknown.
        """
        return {key: len(key) or default}

    @tools.tool_plain
    async def secret() -> str:
        """Not for programs."""
        return "s"

    return tools


def program_agent(ptc: PTC, code: str, seen: dict[str, str]) -> Agent[None, str]:
    def model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        if len(messages) == 1:
            seen.update({tool.name: tool.description or "" for tool in info.function_tools})
            return ModelResponse(parts=[ToolCallPart(ptc.tool_name, {"code": code})])
        return ModelResponse(parts=[TextPart(json.dumps(messages[-1].parts[0].content))])  # type: ignore[union-attr]

    return Agent(FunctionModel(model), toolsets=[make_tools()], capabilities=[ptc])


async def test_description_is_python_stubs_of_the_selected_tools() -> None:
    seen: dict[str, str] = {}
    result = await program_agent(PTC(tools=["lookup"]), "await lookup('abc')", seen).run("go")
    description = seen["run_ptc"]
    assert "async def lookup(*, key: str, default: int = 0) -> dict[str, int]:" in description
    assert "key: The key to look up." in description
    assert "secret" not in description
    assert "secret" in seen and "lookup" in seen  # still directly callable
    assert json.loads(result.output) == {"value": {"abc": 3}, "stdout": ""}


async def test_what_a_program_writes_to_stderr_reaches_the_model_apart_from_stdout() -> None:
    code = "import sys\nprint('out')\nsys.stderr.write('warning: partial\\n')\n1"
    result = await program_agent(PTC(), code, {}).run("go")
    assert json.loads(result.output) == {"value": 1, "stdout": "out\n", "stderr": "warning: partial\n"}


async def test_a_failed_programs_report_shows_what_it_printed_before_failing() -> None:
    code = "import sys\nprint('step 1 done')\nsys.stderr.write('careful\\n')\n1 / 0"
    result = await program_agent(PTC(), code, {}).run("go")
    report = json.loads(result.output)
    assert "ZeroDivisionError: division by zero" in report
    assert report.endswith(
        "Printed before the error:\nstep 1 done\n\nWritten to stderr before the error:\ncareful"
    )


async def test_a_result_that_contains_itself_is_reported_to_the_model_not_serialised() -> None:
    code = "print('built')\nrows = [1]\nrows.append({'rows': rows})\nrows"
    result = await program_agent(PTC(), code, {}).run("go")
    report = json.loads(result.output)
    assert "the result contains itself (a list inside itself), which cannot be returned as JSON" in report
    assert "Hint: return a value without the cycle" in report
    assert report.endswith("Printed before the error:\nbuilt")


async def test_unselected_tools_are_unknown_to_programs() -> None:
    seen: dict[str, str] = {}
    result = await program_agent(PTC(tools=lambda tool: tool.name != "secret"), "await secret()", seen).run(
        "go"
    )
    assert "secret" in result.output and "line 1" in result.output


async def test_spawn_is_described_with_the_agents_it_can_run() -> None:
    helper = Agent(FunctionModel(lambda m, i: ModelResponse(parts=[TextPart("helped")])), name="helper")
    descriptions: dict[str, ToolDefinition] = {}

    def model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        if len(messages) == 1:
            descriptions.update({t.name: t for t in info.function_tools})
            return ModelResponse(parts=[ToolCallPart("run_ptc", {"code": "await spawn('helper', 'do it')"})])
        return ModelResponse(parts=[TextPart(json.dumps(messages[-1].parts[0].content))])  # type: ignore[union-attr]

    agent = Agent(
        FunctionModel(model), capabilities=[PTC(), Subagents([helper], descriptions={"helper": "helps out"})]
    )
    result = await agent.run("go")
    assert "- helper: helps out" in (descriptions["spawn"].description or "")
    program_description = descriptions["run_ptc"].description or ""
    assert (
        "async def spawn(*, agent_name: Literal['helper'], task: str, wait: bool = True)"
        in program_description
    )
    assert "- helper: helps out" in program_description  # the stub names the agents too
    assert json.loads(result.output)["value"] == "helped"
