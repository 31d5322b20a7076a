"""Property-based replay testing for your own tools: generate programs, run them durably, replay them.

```python
from hypothesis import given, settings
from durable_ptc.testing import ProgramRunner, assert_replays, programs

TOOLS = {"get_user": get_user, "notify": notify}

@settings(max_examples=20, deadline=None)
@given(code=programs(TOOLS))
async def test_programs_replay(ptc_client, code):   # ptc_client: fixture from this module
    async with ProgramRunner(ptc_client, TOOLS) as runner:
        run = await runner.run(code)
        await assert_replays(run.history, runner.agents)
```

- `programs(tools)` — a Hypothesis strategy of model-style async programs over *your* tools:
  awaited calls, nested `asyncio.gather` (with and without `return_exceptions`), `create_task` with
  a later `await`, `wait_for` with timeouts, `try`/`except`/`finally`, loops and sleeps. `tools` is a
  dict of functions (`RunContext` tools too), a `FunctionToolset` or an `Agent`. Arguments are drawn
  from each tool's JSON schema (what the model sees), or from `arguments={name: strategy}`.
- `ProgramRunner(client, tools, deps=...)` — an agent whose scripted model hands one program to `run_ptc` and
  returns its result; tools run as real activities on an in-process worker. `run(code)` gives a
  `ProgramRun` (value, stdout, the model-visible error if the program failed, workflow ID, history).
- `assert_replays(history, agents)` — replays a history with Temporal's `Replayer`, configured like
  the worker, and fails with the nondeterminism error if the replay diverges.
- `test_server()` — an embedded Temporal dev server and a client with the Pydantic AI plugin; the
  `ptc_server` / `ptc_client` pytest fixtures wrap it (add
  `pytest_plugins = ["durable_ptc.testing"]` to your `conftest.py`).

Nothing here is imported by `durable_ptc` itself; the kit needs `hypothesis` and `pytest` only
when you use their parts.
"""

from __future__ import annotations

import contextlib
import json
import sys
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ptc_interpreter.api import FRAMES_PER_PROGRAM_CALL
from ptc_interpreter.limits import Limits
from pydantic_ai import Agent
from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.exceptions import UserError
from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    RetryPromptPart,
    TextPart,
    ToolCallPart,
    ToolReturnPart,
    UserPromptPart,
)
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import AbstractToolset, FunctionToolset
from temporalio.client import Client, WorkflowHandle, WorkflowHistory
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from ._dev_server import DevServer
from ._ptc import PTC
from ._run_program import agent_tools, deps_type_of
from ._worker import create_replayer, create_worker, ensure_plugins, start_agent
from ._workflow import AgentRunOutput, AgentWorkflow

if TYPE_CHECKING:
    from hypothesis import strategies as st

__all__ = [
    "DEFAULT_ACTIVITY_CONFIG",
    "ProgramRun",
    "ProgramRunner",
    "assert_replays",
    "program_agent",
    "programs",
    "ptc_client",
    "ptc_server",
    "test_server",
    "tools_under_test",
]

ToolFunctions = Mapping[str, Callable[..., Any]]
Tools = ToolFunctions | AbstractToolset[Any] | AbstractAgent[Any, Any]

DEFAULT_ACTIVITY_CONFIG = ActivityConfig(
    start_to_close_timeout=timedelta(seconds=60),
    heartbeat_timeout=timedelta(seconds=5),
    retry_policy=RetryPolicy(
        initial_interval=timedelta(milliseconds=100), backoff_coefficient=1.0, maximum_attempts=3
    ),
)
"""Bounded retries, a heartbeat timeout so cancellation reaches tools promptly."""


# -- programs -----------------------------------------------------------------------------------


def tools_under_test(tools: Tools) -> AbstractToolset[Any]:
    """`tools` as a toolset: a mapping of name to function (sync or async, `RunContext` first or
    not), a Pydantic AI toolset (a `FunctionToolset` without an `id` is given one), or an `Agent`
    (its own toolsets, not `run_ptc` or `spawn`)."""
    if isinstance(tools, AbstractAgent):
        return agent_tools(tools)
    if isinstance(tools, FunctionToolset) and tools.id is None:
        named = FunctionToolset[Any](id="tools-under-test")
        for tool in tools.tools.values():
            named.add_tool(tool)
        return named
    if isinstance(tools, AbstractToolset):
        return tools
    toolset = FunctionToolset[Any](id="tools-under-test")
    for tool_name, function in tools.items():
        toolset.add_function(function, name=tool_name)
    return toolset


def _argument_strategies(
    tools: Tools, arguments: Mapping[str, st.SearchStrategy[Any]] | None
) -> dict[str, dict[str, st.SearchStrategy[Any]]]:
    """Per tool, a strategy for each required parameter, from the JSON schema the model (and a
    program) sees: a `RunContext` parameter is not in it, a single Pydantic-model parameter is
    flattened into its fields, a model among other parameters is an object (a dict)."""
    toolset = tools_under_test(tools)
    if not isinstance(toolset, FunctionToolset):
        raise UserError(
            "programs() draws calls from the tools' signatures, which only a FunctionToolset (or a "
            "mapping of functions, or an agent of them) has before a run; pass the tools' functions"
        )
    per_tool: dict[str, dict[str, st.SearchStrategy[Any]]] = {}
    for name, tool in toolset.tools.items():
        schema = tool.tool_def.parameters_json_schema
        definitions = schema.get("$defs", {})
        params: dict[str, st.SearchStrategy[Any]] = {}
        for parameter in schema.get("required", []):
            if arguments and parameter in arguments:
                params[parameter] = arguments[parameter]
            else:
                params[parameter] = _from_schema(schema["properties"][parameter], definitions, depth=3)
        per_tool[name] = params
    return per_tool


def _from_schema(
    schema: Mapping[str, Any], definitions: Mapping[str, Any], depth: int
) -> st.SearchStrategy[Any]:
    """Plain data valid for a (Pydantic-made) JSON schema: small, and always renderable by `repr`."""
    from hypothesis import strategies as st

    if "$ref" in schema:
        return _from_schema(definitions[schema["$ref"].rsplit("/", 1)[-1]], definitions, depth)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of(*(_from_schema(option, definitions, depth) for option in schema[key]))
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _from_schema(schema["allOf"][0], definitions, depth)
    kind = schema.get("type")
    if kind == "integer":
        return st.integers(schema.get("minimum", -5), schema.get("maximum", 100))
    if kind == "number":
        return st.floats(schema.get("minimum", -5.0), schema.get("maximum", 100.0), allow_nan=False)
    if kind == "string":
        return st.text(
            alphabet=st.characters(codec="ascii", categories=["L", "N"]),
            min_size=schema.get("minLength", 0),
            max_size=min(schema.get("maxLength", 8), 8),
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        items = _from_schema(schema.get("items", {}), definitions, depth - 1) if depth > 0 else st.nothing()
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=3)
    if kind == "object" and "properties" in schema:
        required = schema.get("required", [])
        return st.fixed_dictionaries(
            {key: _from_schema(schema["properties"][key], definitions, depth - 1) for key in required}
        )
    if kind == "object":
        return st.dictionaries(st.text(max_size=4), st.integers(0, 9), max_size=2)
    return st.one_of(st.integers(-5, 100), st.text(max_size=8), st.booleans())


def programs(
    tools: Tools,
    *,
    arguments: Mapping[str, st.SearchStrategy[Any]] | None = None,
    max_statements: int = 5,
    max_timeout: float = 2.0,
) -> st.SearchStrategy[str]:
    """Model-style async programs (source text) calling `tools` (see `tools_under_test`).

    Arguments are drawn from each tool's JSON schema (what the model sees); `arguments` overrides the
    strategy for parameters by name (e.g. `{"user_id": st.integers(1, 12)}`) where the schema alone
    would draw values your tools reject. Drawn values must be plain data
    (their `repr` is written into the program). `max_timeout` (seconds, real time on a server) bounds
    `wait_for` timeouts; sleeps are a fraction of it."""
    from hypothesis import strategies as st

    per_tool = _argument_strategies(tools, arguments)

    @st.composite
    def call(draw: st.DrawFn) -> str:
        name = draw(st.sampled_from(sorted(per_tool)))
        args = ", ".join(f"{param}={draw(strategy)!r}" for param, strategy in per_tool[name].items())
        return f"{name}({args})"

    @st.composite
    def awaitable(draw: st.DrawFn, depth: int) -> str:
        if depth > 0 and draw(st.integers(0, 3)) == 0:
            items = draw(st.lists(awaitable(depth - 1), min_size=1, max_size=4))
            flag = ", return_exceptions=True" if draw(st.booleans()) else ""
            return f"asyncio.gather({', '.join(items)}{flag})"
        return draw(call())

    @st.composite
    def statement(draw: st.DrawFn, depth: int, indent: str, counter: list[int]) -> list[str]:
        counter[0] += 1
        n = counter[0]
        kind = draw(st.sampled_from(["await", "await", "gather", "task", "wait_for", "try", "loop", "sleep"]))
        if kind == "await":
            return [f"{indent}out.append(await {draw(call())})"]
        if kind == "gather":
            return [f"{indent}out.append(await {draw(awaitable(2))})"]
        if kind == "task":
            return [f"{indent}t{n} = asyncio.create_task({draw(call())})", f"{indent}out.append(await t{n})"]
        if kind == "wait_for":
            timeout = draw(st.sampled_from([max_timeout / 4, max_timeout / 2, max_timeout]))
            return [
                f"{indent}try:",
                f"{indent}    out.append(await asyncio.wait_for({draw(awaitable(1))}, timeout={timeout}))",
                f"{indent}except TimeoutError:",
                f'{indent}    out.append("timeout")',
            ]
        if kind == "sleep":
            return [
                f"{indent}await asyncio.sleep({draw(st.sampled_from([0, max_timeout / 20, max_timeout / 4]))})"
            ]
        if depth <= 0:
            return [f"{indent}out.append(await {draw(call())})"]
        body = [
            line
            for _ in range(draw(st.integers(1, 2)))
            for line in draw(statement(depth - 1, indent + "    ", counter))
        ]
        if kind == "loop":
            return [f"{indent}for i{n} in range({draw(st.integers(0, 3))}):", *body]
        return [
            f"{indent}try:",
            *body,
            f"{indent}except Exception as e:",
            f"{indent}    out.append(f'{{type(e).__name__}}: {{e}}')",
            f"{indent}finally:",
            f'{indent}    print("finally {n}")',
        ]

    @st.composite
    def program(draw: st.DrawFn) -> str:
        counter = [0]
        lines = ["import asyncio", "out = []"]
        for _ in range(draw(st.integers(1, max_statements))):
            lines.extend(draw(statement(2, "", counter)))
        lines.append("out")
        return "\n".join(lines) + "\n"

    return program()


# -- running programs on a real server ------------------------------------------------------------


def _prompt(messages: list[ModelMessage]) -> str:
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, UserPromptPart) and isinstance(part.content, str):
                    return part.content
    raise ValueError("no user prompt")


def _hand_program_to_run_ptc(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    """The scripted model: call `run_ptc` with the prompt as code, then answer with what it returned."""
    if not any(isinstance(m, ModelResponse) for m in messages):
        return ModelResponse(
            parts=[ToolCallPart("run_ptc", {"code": _prompt(messages)}, tool_call_id="program")]
        )
    for message in reversed(messages):
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, ToolReturnPart) and part.tool_name == "run_ptc":
                    if part.outcome == "success":
                        return ModelResponse(
                            parts=[TextPart(json.dumps({"result": part.content}, default=repr))]
                        )
                    return ModelResponse(parts=[TextPart(json.dumps({"error": part.model_response_str()}))])
                if isinstance(part, RetryPromptPart):
                    return ModelResponse(parts=[TextPart(json.dumps({"error": part.model_response()}))])
    return ModelResponse(parts=[TextPart(json.dumps({"error": "run_ptc returned nothing"}))])


def program_agent(
    tools: Tools,
    *,
    name: str | None = None,
    activity_config: ActivityConfig = DEFAULT_ACTIVITY_CONFIG,
    capabilities: Sequence[Any] = (),
) -> Agent[Any, str]:
    """A durable agent whose scripted model runs its prompt as a program through `run_ptc`; its
    `deps_type` is the one the tools' `RunContext[...]` annotations name."""
    toolset = tools_under_test(tools)
    deps_type = tools.deps_type if isinstance(tools, AbstractAgent) else deps_type_of(toolset)
    return Agent(
        FunctionModel(_hand_program_to_run_ptc),
        name=name or f"ptc-under-test-{uuid.uuid4().hex[:8]}",
        deps_type=deps_type,
        toolsets=[toolset],
        capabilities=[TemporalDurability(activity_config=activity_config), PTC(), *capabilities],
    )


@dataclass
class ProgramRun:
    """One program run as `run_ptc` in a real workflow."""

    workflow_id: str
    history: WorkflowHistory
    value: Any = None
    stdout: str = ""
    error: str | None = None
    """The model-visible report when the program failed (line, caret, hint), else None."""


def _reserve_recursion_room() -> None:
    """Raise CPython's recursion limit now as the interpreter's first run would (it only ever raises
    it), so that run, inside a Hypothesis test, doesn't make Hypothesis warn that the limit changed."""
    needed = min(FRAMES_PER_PROGRAM_CALL * Limits().max_recursion_depth + 1000, 20_000)
    if sys.getrecursionlimit() < needed:
        sys.setrecursionlimit(needed)


@dataclass
class ProgramRunner:
    """Runs programs over `tools` on a real server: one agent, one in-process worker.

    ```python
    async with ProgramRunner(client, {"get_user": get_user}) as runner:
        run = await runner.run("await get_user(1)")
    ```
    """

    client: Client
    tools: Tools
    deps: Any = None
    """The deps every run gets (validated into the type the tools' `RunContext[...]` names)."""
    activity_config: ActivityConfig = field(default_factory=lambda: ActivityConfig(**DEFAULT_ACTIVITY_CONFIG))
    task_queue: str = field(default_factory=lambda: f"ptc-test-{uuid.uuid4()}")
    agent: Agent[Any, str] | None = None
    _stack: contextlib.AsyncExitStack | None = None

    def __post_init__(self) -> None:
        self.client = ensure_plugins(self.client)
        if self.agent is None:
            self.agent = program_agent(self.tools, activity_config=self.activity_config)
        _reserve_recursion_room()

    @property
    def agents(self) -> list[AbstractAgent[Any, Any]]:
        assert self.agent is not None
        return [self.agent]

    async def __aenter__(self) -> ProgramRunner:
        self._stack = contextlib.AsyncExitStack()
        await self._stack.enter_async_context(
            create_worker(self.client, self.agents, task_queue=self.task_queue)
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._stack is not None
        await self._stack.aclose()

    async def start(
        self, code: str, *, workflow_id: str | None = None
    ) -> WorkflowHandle[AgentWorkflow, AgentRunOutput]:
        assert self.agent is not None
        return await start_agent(
            self.client,
            self.agent,
            code,
            task_queue=self.task_queue,
            workflow_id=workflow_id or f"ptc-test-{uuid.uuid4()}",
            deps=self.deps,
        )

    async def run(self, code: str, *, workflow_id: str | None = None) -> ProgramRun:
        handle = await self.start(code, workflow_id=workflow_id)
        output = await handle.result()
        return await self.collect(handle, output)

    async def collect(self, handle: WorkflowHandle[Any, Any], output: AgentRunOutput) -> ProgramRun:
        answer = json.loads(output.output)
        run = ProgramRun(workflow_id=handle.id, history=await handle.fetch_history())
        if "error" in answer:
            run.error = answer["error"]
        else:
            result = answer["result"]
            run.value, run.stdout = result.get("value"), result.get("stdout", "")
        return run


async def assert_replays(history: WorkflowHistory, agents: Sequence[AbstractAgent[Any, Any]]) -> None:
    """Replay `history` as a worker serving `agents` would; fail on any nondeterminism."""
    result = await create_replayer(agents).replay_workflow(history, raise_on_replay_failure=False)
    if result.replay_failure is not None:
        raise AssertionError(
            f"workflow {history.workflow_id} does not replay: {result.replay_failure}"
        ) from result.replay_failure


# -- a real server ---------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def test_server() -> AsyncIterator[Client]:
    """An embedded Temporal dev server (started on free ports, stopped on exit) and a client for it."""
    async with DevServer() as server:
        yield ensure_plugins(await server.connect())


test_server.__test__ = False  # type: ignore[attr-defined]  # not a pytest test despite its name


def _fixtures() -> tuple[Any, Any]:
    import pytest

    @pytest.fixture(scope="session")
    async def ptc_server() -> AsyncIterator[DevServer]:
        """One embedded Temporal dev server for the test session."""
        async with DevServer() as server:
            yield server

    @pytest.fixture(scope="session")
    async def ptc_client(ptc_server: DevServer) -> Client:
        """A client of the session's dev server, with the Pydantic AI payload converter."""
        return ensure_plugins(await ptc_server.connect())

    return ptc_server, ptc_client


with contextlib.suppress(ImportError):  # without pytest there are no fixtures
    ptc_server, ptc_client = _fixtures()
