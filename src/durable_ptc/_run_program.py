"""Running one program as `run_ptc` in a real workflow (`durable-ptc run PROGRAM.py --tools module:attr`).

The program is handed to a real durable agent whose model is scripted: its first turn calls
`run_ptc(code=PROGRAM)`, its second answers with what `run_ptc` returned. So the program runs
exactly as a model's would — in an `AgentWorkflow`, each tool call an activity executed by an
in-process worker, each sleep a timer — on the embedded dev server unless `--address` is given.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import typing
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from pydantic_ai import Agent
from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.exceptions import UserError
from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    TextPart,
    ToolCallPart,
    ToolReturnPart,
)
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import AbstractToolset, CombinedToolset, FunctionToolset
from temporalio.client import Client
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from ._ptc import PTC
from ._worker import create_worker, ensure_plugins, run_agent

CLI_AGENT_NAME = "durable_ptc_run"


class ToolsSpecError(ValueError):
    """`--tools` does not name a mapping of functions, a Pydantic AI toolset or an agent."""


def load_toolset(spec: str) -> AbstractToolset[Any]:
    """`module:attr` naming a Pydantic AI toolset, a dict of tool functions (async or not), an agent
    (its toolsets, without the ones durable_ptc's capabilities add), or a function returning one."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ToolsSpecError(f"--tools takes module:attribute, got {spec!r}")
    if str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))
    try:
        target = getattr(importlib.import_module(module_name), attribute)
    except Exception as error:  # the operator's module may fail to import in any way
        raise ToolsSpecError(f"cannot load --tools {spec!r}: {type(error).__name__}: {error}") from error
    if callable(target) and not isinstance(target, AbstractToolset | AbstractAgent):
        try:
            target = target()
        except TypeError as error:
            raise ToolsSpecError(
                f"--tools {spec!r} is a function; calling it with no arguments failed: {error}"
            ) from error
    if isinstance(target, FunctionToolset) and target.id is None:
        # Temporal names a toolset's activities by its id; the CLI's own agent can give it one.
        return _merged([cast(FunctionToolset[Any], target)], "tools")
    if isinstance(target, AbstractToolset):
        return cast(AbstractToolset[Any], target)
    if isinstance(target, AbstractAgent):
        return agent_tools(cast(AbstractAgent[Any, Any], target))
    if not isinstance(target, Mapping):
        raise ToolsSpecError(
            f"--tools {spec!r} is a {type(target).__name__}, not a dict of functions, a toolset, "
            "an agent, or a function returning one"
        )
    toolset = FunctionToolset[Any](id="tools")
    for name, function in cast(Mapping[Any, Any], target).items():
        if not callable(function):
            raise ToolsSpecError(
                f"tool {name!r} in --tools {spec!r} is a {type(function).__name__}, not a function"
            )
        toolset.add_function(function, name=str(name), takes_ctx=False)
    return toolset


def agent_tools(agent: AbstractAgent[Any, Any]) -> AbstractToolset[Any]:
    """The agent's own toolsets (not `run_ptc` or `spawn`): its function tools as one `FunctionToolset`
    (so `check` can read their signatures) when it has no other kind, else all of them combined."""
    toolsets: list[AbstractToolset[Any]] = []
    for toolset in agent.toolsets:
        leaves: list[AbstractToolset[Any]] = []
        toolset.apply(leaves.append)
        if any((leaf.id or "").startswith("durable_ptc__") for leaf in leaves):
            continue
        if isinstance(toolset, FunctionToolset) and not toolset.tools:
            continue
        toolsets.append(toolset)
    if not all(isinstance(toolset, FunctionToolset) for toolset in toolsets):
        return CombinedToolset(toolsets)
    return _merged(cast(list[FunctionToolset[Any]], toolsets), agent.name or "tools")


def _merged(toolsets: list[FunctionToolset[Any]], toolset_id: str) -> FunctionToolset[Any]:
    merged = FunctionToolset[Any](id=toolset_id)
    for toolset in toolsets:
        for tool in toolset.tools.values():
            merged.add_tool(tool)
    return merged


def deps_type_of(toolset: AbstractToolset[Any]) -> Any:
    """The deps type the toolset's `RunContext[...]` tools annotate (one type, or `Any` when they
    name none or disagree), so `run --deps JSON` can hand them a typed object."""
    if not isinstance(toolset, FunctionToolset):
        return Any
    named: set[Any] = set()
    for tool in toolset.tools.values():
        if not tool.takes_ctx:
            continue
        try:
            hints = typing.get_type_hints(tool.function)
        except Exception:
            continue
        first = next(iter(inspect.signature(tool.function).parameters), None)
        context_args = typing.get_args(hints.get(first, None)) if first is not None else ()
        if context_args:
            named.add(context_args[0])
    return named.pop() if len(named) == 1 else Any


def _program_turns(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    """Turn 1: run the program (the prompt). Turn 2: report what `run_ptc` returned, as JSON."""
    last = messages[-1]
    for part in last.parts if isinstance(last, ModelRequest) else ():
        if isinstance(part, ToolReturnPart):
            ok = part.outcome == "success"
            return ModelResponse(parts=[TextPart(json.dumps({"ok": ok, "result": part.content}))])
    prompt = messages[0].parts[-1]
    return ModelResponse(parts=[ToolCallPart("run_ptc", {"code": getattr(prompt, "content", "")})])


def program_agent(toolset: AbstractToolset[Any], deps_type: Any = None) -> Agent[Any, str]:
    no_retries = RetryPolicy(maximum_attempts=1)
    return Agent(
        FunctionModel(_program_turns),
        name=CLI_AGENT_NAME,
        deps_type=type(None) if deps_type is None else deps_type,
        toolsets=[toolset],
        capabilities=[
            TemporalDurability(
                activity_config=ActivityConfig(
                    start_to_close_timeout=timedelta(minutes=10), retry_policy=no_retries
                )
            ),
            PTC(),
        ],
    )


@dataclass
class ProgramRun:
    workflow_id: str
    ok: bool
    value: Any = None
    stdout: str = ""
    stderr: str = ""
    error: str = ""


async def run_program(
    client: Client,
    code: str,
    toolset: AbstractToolset[Any],
    deps: Any = None,
    *,
    workflow_id: str | None = None,
) -> ProgramRun:
    """Run `code` as `run_ptc` with `toolset`; `deps` (JSON data) become the typed deps its
    `RunContext` tools annotate."""
    try:
        agent = program_agent(toolset, deps_type_of(toolset) if deps is not None else None)
    except UserError as error:  # e.g. a toolset Temporal cannot name its activities by
        raise ToolsSpecError(f"these tools cannot run durably: {error}") from None
    client = ensure_plugins(client)
    workflow_id = workflow_id or f"durable-ptc-run-{uuid.uuid4()}"
    task_queue = f"durable-ptc-run-{uuid.uuid4()}"
    async with create_worker(client, [agent], task_queue=task_queue):
        output = await run_agent(
            client, agent, code, task_queue=task_queue, workflow_id=workflow_id, deps=deps
        )
    report = json.loads(output.output)
    result = report["result"]
    if not report["ok"]:
        return ProgramRun(workflow_id, ok=False, error=str(result))
    return ProgramRun(
        workflow_id, ok=True, value=result["value"], stdout=result["stdout"], stderr=result.get("stderr", "")
    )
