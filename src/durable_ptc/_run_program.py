"""Running one program as `run_ptc` in a real workflow (`durable-ptc run PROGRAM.py --tools module:attr`).

The program is handed to a real durable agent whose model is scripted: its first turn calls
`run_ptc(code=PROGRAM)`, its second answers with what `run_ptc` returned. So the program runs
exactly as a model's would — in an `AgentWorkflow`, each tool call an activity executed by an
in-process worker, each sleep a timer — on the embedded dev server unless `--address` is given.
"""

from __future__ import annotations

import importlib
import json
import sys
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

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
from pydantic_ai.toolsets import AbstractToolset, FunctionToolset
from temporalio.client import Client
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from ._ptc import PTC
from ._worker import create_worker, ensure_plugins, run_agent

CLI_AGENT_NAME = "durable_ptc_run"


class ToolsSpecError(ValueError):
    """`--tools` does not name a mapping of async functions or a Pydantic AI toolset."""


def load_toolset(spec: str) -> AbstractToolset[Any]:
    """`module:attr` naming a Pydantic AI toolset, a dict of tool functions (async or not), or a
    function returning either."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ToolsSpecError(f"--tools takes module:attribute, got {spec!r}")
    if str(Path.cwd()) not in sys.path:
        sys.path.insert(0, str(Path.cwd()))
    try:
        target = getattr(importlib.import_module(module_name), attribute)
    except Exception as error:  # the operator's module may fail to import in any way
        raise ToolsSpecError(f"cannot load --tools {spec!r}: {type(error).__name__}: {error}") from error
    if callable(target) and not isinstance(target, AbstractToolset):
        try:
            target = target()
        except TypeError as error:
            raise ToolsSpecError(
                f"--tools {spec!r} is a function; calling it with no arguments failed: {error}"
            ) from error
    if isinstance(target, AbstractToolset):
        return cast(AbstractToolset[Any], target)
    if not isinstance(target, Mapping):
        raise ToolsSpecError(
            f"--tools {spec!r} is a {type(target).__name__}, not a dict of functions, a toolset, "
            "or a function returning one"
        )
    toolset = FunctionToolset[Any](id="tools")
    for name, function in cast(Mapping[Any, Any], target).items():
        if not callable(function):
            raise ToolsSpecError(
                f"tool {name!r} in --tools {spec!r} is a {type(function).__name__}, not a function"
            )
        toolset.add_function(function, name=str(name), takes_ctx=False)
    return toolset


def _program_turns(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    """Turn 1: run the program (the prompt). Turn 2: report what `run_ptc` returned, as JSON."""
    last = messages[-1]
    for part in last.parts if isinstance(last, ModelRequest) else ():
        if isinstance(part, ToolReturnPart):
            ok = part.outcome == "success"
            return ModelResponse(parts=[TextPart(json.dumps({"ok": ok, "result": part.content}))])
    prompt = messages[0].parts[-1]
    return ModelResponse(parts=[ToolCallPart("run_ptc", {"code": getattr(prompt, "content", "")})])


def program_agent(toolset: AbstractToolset[Any]) -> Agent[None, str]:
    no_retries = RetryPolicy(maximum_attempts=1)
    return Agent(
        FunctionModel(_program_turns),
        name=CLI_AGENT_NAME,
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
    error: str = ""


async def run_program(
    client: Client, code: str, toolset: AbstractToolset[Any], *, workflow_id: str | None = None
) -> ProgramRun:
    agent = program_agent(toolset)
    client = ensure_plugins(client)
    workflow_id = workflow_id or f"durable-ptc-run-{uuid.uuid4()}"
    task_queue = f"durable-ptc-run-{uuid.uuid4()}"
    async with create_worker(client, [agent], task_queue=task_queue):
        output = await run_agent(client, agent, code, task_queue=task_queue, workflow_id=workflow_id)
    report = json.loads(output.output)
    result = report["result"]
    if not report["ok"]:
        return ProgramRun(workflow_id, ok=False, error=str(result))
    return ProgramRun(workflow_id, ok=True, value=result["value"], stdout=result["stdout"])
