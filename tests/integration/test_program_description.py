"""The `run_ptc` description as the model receives it: an example written against the agent's own
tools (and valid for them), the tools' parameter bounds, what is unavailable and the limits."""

from __future__ import annotations

import ast
import builtins
import json
from typing import Annotated, Any

import ptc_interpreter
from ptc_interpreter.limits import Limits
from pydantic import Field
from pydantic_ai import Agent
from pydantic_ai.messages import ModelMessage, ModelResponse, TextPart, ToolCallPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.tools import ToolDefinition
from pydantic_ai.toolsets import FunctionToolset

from durable_ptc import PTC, Subagents
from durable_ptc._stubs import example_program, tool_spec


def shop_tools() -> FunctionToolset[Any]:
    tools = FunctionToolset[Any](id="shop")

    @tools.tool_plain
    async def price_order(
        sku: Annotated[str, Field(max_length=12)], quantity: Annotated[int, Field(gt=0, le=500)]
    ) -> float:
        """Price an order of `quantity` items of `sku` in EUR."""
        return 2.5 * quantity

    @tools.tool_plain
    async def stock_level(sku: str, warehouse: str = "main") -> int:
        """Items of `sku` in stock."""
        return len(sku)

    return tools


async def described(
    agent_tools: list[FunctionToolset[Any]], capabilities: list[Any]
) -> dict[str, ToolDefinition]:
    seen: dict[str, ToolDefinition] = {}

    def model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        seen.update({tool.name: tool for tool in info.function_tools})
        return ModelResponse(parts=[TextPart("done")])

    await Agent(FunctionModel(model), toolsets=agent_tools, capabilities=capabilities).run("go")
    return seen


def example_in(description: str) -> str:
    return description.split("Example:\n```python\n", 1)[1].split("\n```", 1)[0]


def called_names(code: str) -> set[str]:
    return {
        node.func.id
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }


async def test_the_example_calls_only_the_agents_own_tools_with_valid_arguments() -> None:
    tools = await described([shop_tools()], [PTC()])
    description = tools["run_ptc"].description or ""
    example = example_in(description)
    program_tools = [tool for name, tool in tools.items() if name != "run_ptc"]
    assert called_names(example) - set(dir(builtins)) == {tool.name for tool in program_tools}
    assert "read_file" not in description and "write_file" not in description
    # The interpreter's own static check binds every call of the example to the tools' parameters.
    assert ptc_interpreter.check(example, tool_specs=[tool_spec(tool) for tool in program_tools]) == []


async def test_the_example_runs_and_respects_the_parameter_bounds() -> None:
    tools = await described([shop_tools()], [PTC()])
    program_tools = [tool for name, tool in tools.items() if name != "run_ptc"]
    seen_quantities: list[int] = []

    async def price_order(sku: str, quantity: int) -> float:
        assert len(sku) <= 12
        seen_quantities.append(quantity)
        return 2.5 * quantity

    async def stock_level(sku: str, warehouse: str = "main") -> int:
        return len(sku)

    example = example_program(program_tools)
    result = await ptc_interpreter.run(
        example, tools={"price_order": price_order, "stock_level": stock_level}
    )
    assert seen_quantities and all(0 < quantity <= 500 for quantity in seen_quantities)
    assert set(result.value) == {"a", "b", "c"}


async def test_parameter_bounds_are_kept_in_the_stubs() -> None:
    description = (await described([shop_tools()], [PTC()]))["run_ptc"].description or ""
    assert "Constraints: len(sku) <= 12; quantity > 0; quantity <= 500." in description


async def test_the_description_states_what_is_unavailable_and_the_configured_limits() -> None:
    tools = await described([shop_tools()], [PTC(limits=Limits(max_tool_calls=25))])
    description = tools["run_ptc"].description or ""
    assert "Not available: files, network or the OS" in description
    assert "25 tool calls" in description


async def test_without_tools_the_example_is_a_neutral_program_that_runs() -> None:
    description = (await described([], [PTC()]))["run_ptc"].description or ""
    example = example_in(description)
    result = await ptc_interpreter.run(example)
    assert result.value == 30
    assert "# (no tools are available to programs)" in description


async def test_the_spawn_stub_names_the_agents_it_can_start() -> None:
    analyst = Agent(FunctionModel(lambda m, i: ModelResponse(parts=[TextPart("ok")])), name="analyst")
    tools = await described(
        [shop_tools()], [PTC(), Subagents([analyst], descriptions={"analyst": "reads figures"})]
    )
    description = tools["run_ptc"].description or ""
    assert "async def spawn(*, agent_name: Literal['analyst'], task: str, wait: bool = True)" in description
    assert "async def wait_spawned(*, handle: str, timeout: float | None = None)" in description
    assert "- analyst: reads figures" in description
    assert (
        json.dumps(tools["spawn"].parameters_json_schema["properties"]["agent_name"]["enum"]) == '["analyst"]'
    )


async def test_subagents_without_detached_spawns_offer_only_spawn() -> None:
    analyst = Agent(FunctionModel(lambda m, i: ModelResponse(parts=[TextPart("ok")])), name="analyst")
    tools = await described([shop_tools()], [PTC(), Subagents([analyst], detached=False)])
    assert "async def spawn(*, agent_name: Literal['analyst'], task: str)" in (
        tools["run_ptc"].description or ""
    )
    assert "wait" not in tools["spawn"].parameters_json_schema["properties"]
    assert not {"wait_spawned", "cancel_spawned", "list_spawned"} & set(tools)


async def test_a_program_call_reaches_the_tool_with_the_description_shown() -> None:
    calls: list[str] = []

    def model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        if len(messages) == 1:
            code = example_in(next(t for t in info.function_tools if t.name == "run_ptc").description or "")
            calls.append(code)
            return ModelResponse(parts=[ToolCallPart("run_ptc", {"code": code})])
        return ModelResponse(parts=[TextPart(json.dumps(messages[-1].parts[0].content))])  # type: ignore[union-attr]

    output = (
        await Agent(FunctionModel(model), toolsets=[shop_tools()], capabilities=[PTC()]).run("go")
    ).output
    assert calls and json.loads(output)["value"].keys() == {"a", "b", "c"}
