"""Agents whose runs continue as new within a few turns, for the tests of what a continuation carries.

The server these tests use suggests continuing as new after a few dozen events of history
(`SUGGEST_AFTER_EVENTS`), so a run continues after two or three turns. The parent's `FunctionModel`
follows a plan given as the prompt (JSON): a list of phases, each either one turn of tool calls, or
`{"repeat": n}` (n turns of `where()`), or `{"until_runs": k}` (`where()` turns until k different
runs of the chain have answered). `where()` returns the ID of the run that called it, so the model —
and the test — see exactly when the chain moved on. After the last phase the model answers with JSON
of every tool result it was shown, in order.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    TextPart,
    ToolCallPart,
    UserPromptPart,
)
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import FunctionToolset
from scenario_agents import ACTIVITY_CONFIG, record, shown
from temporalio import activity

from durable_ptc import PTC, ContinueAgentWorkflow, Policy, Subagents

SUGGEST_AFTER_EVENTS = 30
MAX_WHERE_TURNS = 40
"""A plan whose chain never moves on stops here (and its test fails on what it was shown)."""


def plan(*phases: list[dict[str, Any]] | dict[str, int]) -> str:
    return json.dumps(phases)


def call(tool: str, **args: Any) -> dict[str, Any]:
    return {"tool": tool, "args": args}


def _prompt(messages: list[ModelMessage]) -> str:
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, UserPromptPart) and isinstance(part.content, str):
                    return part.content
    raise ValueError("no user prompt")


def runs_seen(messages: list[ModelMessage]) -> list[str]:
    """The distinct run IDs `where()` returned, in order."""
    seen: list[str] = []
    for entry in shown(messages):
        if entry["tool"] == "where" and entry["content"] not in seen:
            seen.append(entry["content"])
    return seen


def planned(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    phases = json.loads(_prompt(messages))
    responses = [m for m in messages if isinstance(m, ModelResponse)]
    # Each call's ID says which phase asked for it: `p{phase}-{turn}-{i}`.
    phase, turns_in_phase = 0, 0
    if responses:
        last = next(p for p in responses[-1].parts if isinstance(p, ToolCallPart))
        phase = int(last.tool_call_id.split("-")[0][1:])
        turns_in_phase = sum(
            1
            for r in responses
            for p in r.parts[:1]
            if isinstance(p, ToolCallPart) and p.tool_call_id.startswith(f"p{phase}-")
        )
        spec = phases[phase]
        done = (
            isinstance(spec, list)
            or ("repeat" in spec and turns_in_phase >= spec["repeat"])
            or ("until_runs" in spec and len(runs_seen(messages)) >= spec["until_runs"])
            or turns_in_phase >= MAX_WHERE_TURNS
        )
        if done:
            phase, turns_in_phase = phase + 1, 0
    if phase >= len(phases):
        return ModelResponse(parts=[TextPart(json.dumps(shown(messages)))])
    spec = phases[phase]
    calls = spec if isinstance(spec, list) else [call("where")]
    return ModelResponse(
        parts=[
            ToolCallPart(c["tool"], c["args"], tool_call_id=f"p{phase}-{turns_in_phase}-{i}")
            for i, c in enumerate(calls)
        ]
    )


def relay_model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    return ModelResponse(parts=[TextPart(f"relay did {_prompt(messages)}")])


def reviewed_model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    """Sends one email (which waits for a reviewer), then reports what it was shown."""
    results = shown(messages)
    if not results:
        return ModelResponse(parts=[ToolCallPart("send_email", {"to": "kid", "body": _prompt(messages)})])
    return ModelResponse(parts=[TextPart(f"reviewed: {results[0]['content']}")])


def make_chain_tools() -> FunctionToolset[Any]:
    tools = FunctionToolset[Any](id="chain")

    @tools.tool_plain
    async def where() -> str:
        """The ID of the run of the chain that made this call."""
        return activity.info().workflow_run_id or ""

    @tools.tool_plain(requires_approval=True)
    async def send_email(to: str, body: str) -> str:
        """Send an email (a reviewer approves each one)."""
        record(f"send_email {to} {body}")
        return f"sent to {to}: {body}"

    return tools


relay = Agent(
    FunctionModel(relay_model),
    name="relay",
    capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG)],
)
reviewed = Agent(
    FunctionModel(reviewed_model),
    name="reviewed",
    toolsets=[make_chain_tools()],
    capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), PTC()],
)


def chain_agent(name: str, durability: TemporalDurability[Any]) -> Agent[None, str]:
    return Agent(
        FunctionModel(planned),
        name=name,
        toolsets=[make_chain_tools()],
        capabilities=[
            durability,
            PTC(),
            Subagents([relay, reviewed], max_spawns=8),
            Policy(budgets={"send_email": 2}),
        ],
    )


chain = chain_agent("chain", TemporalDurability(activity_config=ACTIVITY_CONFIG))
"""Continues with `create_worker`'s default handler (holds back up to 10,000 events)."""
HELD_EVENTS = 60
impatient = chain_agent(
    "impatient",
    TemporalDurability(
        activity_config=ACTIVITY_CONFIG, continue_as_new=ContinueAgentWorkflow(max_held_events=HELD_EVENTS)
    ),
)
"""Holds a continuation back for running detached children only up to `HELD_EVENTS` events."""
CHAIN_AGENTS = [chain, impatient]
