"""Agents and tools for the workflow scenarios, importable by the tests and by a worker subprocess.

The model is a `FunctionModel` scripted by the prompt itself: the first user prompt is JSON
`{"turns": [[{"tool": ..., "args": {...}}, ...], ...]}`; turn N's tool calls are the N-th model
response. After the last turn the model answers with JSON of everything it was shown (each tool
result's content and outcome, each retry prompt), so a test can assert what the model saw — even
when the model ran in another process. Tools record their side effects in `$PTC_TEST_SANDBOX`.
"""

from __future__ import annotations

import asyncio
import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.exceptions import ApprovalRequired
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
from pydantic_ai.tools import RunContext
from pydantic_ai.toolsets import FunctionToolset
from temporalio import activity
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from durable_ptc import (
    PTC,
    Approvals,
    Policy,
    Rule,
    Subagents,
    ToolExecutionError,
    ToolRetryableError,
    ToolValidationError,
    local_activity,
)


def script(*turns: list[dict[str, Any]]) -> str:
    return json.dumps({"turns": list(turns)})


def call(tool: str, **args: Any) -> dict[str, Any]:
    return {"tool": tool, "args": args}


def program(code: str) -> dict[str, Any]:
    return call("run_ptc", code=code)


def _prompt(messages: list[ModelMessage]) -> str:
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, UserPromptPart) and isinstance(part.content, str):
                    return part.content
    raise ValueError("no user prompt")


def shown(messages: list[ModelMessage]) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    for message in messages:
        if not isinstance(message, ModelRequest):
            continue
        for part in message.parts:
            if isinstance(part, ToolReturnPart):
                seen.append(
                    {
                        "tool": part.tool_name,
                        "outcome": part.outcome,
                        "content": part.model_response_str(wrap_if_error=False),
                    }
                )
            elif isinstance(part, RetryPromptPart):
                seen.append({"tool": part.tool_name, "outcome": "retry", "content": part.model_response()})
    return seen


def scripted(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    turns = json.loads(_prompt(messages))["turns"]
    step = sum(isinstance(m, ModelResponse) for m in messages)
    if step < len(turns):
        return ModelResponse(
            parts=[
                ToolCallPart(c["tool"], c["args"], tool_call_id=f"call-{step}-{i}")
                for i, c in enumerate(turns[step])
            ]
        )
    return ModelResponse(parts=[TextPart(json.dumps(shown(messages)))])


def sandbox() -> Path:
    return Path(os.environ["PTC_TEST_SANDBOX"])


def record(event: str) -> None:
    with (sandbox() / "effects.log").open("a") as log:
        log.write(event + "\n")


def effects() -> list[str]:
    path = sandbox() / "effects.log"
    return path.read_text().splitlines() if path.exists() else []


def make_tools(metadata: dict[str, Any] | None = None) -> FunctionToolset[Any]:
    tools = FunctionToolset[Any](id="files", metadata=metadata)

    @tools.tool_plain
    async def write_file(path: str, content: str) -> str:
        """Write a text file in the sandbox."""
        target = sandbox() / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
        record(f"write {path}")
        return f"wrote {len(content)} chars to {path}"

    @tools.tool_plain
    async def read_file(path: str) -> str:
        """Read a text file from the sandbox."""
        target = sandbox() / path
        if not target.exists():
            raise ToolExecutionError(f"no such file: {path}")
        return target.read_text()

    @tools.tool_plain(metadata={"temporal": ActivityConfig(heartbeat_timeout=timedelta(seconds=2))})
    async def slow(key: str, seconds: float) -> str:
        """Wait, then record that the call completed."""
        record(f"start {key}")
        try:
            await asyncio.sleep(seconds)
        except asyncio.CancelledError:
            record(f"cancelled {key}")
            raise
        record(f"done {key}")
        return f"slow {key} done"

    @tools.tool_plain
    async def flaky(key: str, failures: int) -> str:
        """Fail transiently `failures` times, then succeed."""
        attempt = activity.info().attempt if activity.in_activity() else 1
        record(f"flaky {key} attempt {attempt}")
        if attempt <= failures:
            raise ToolRetryableError(f"transient failure {attempt} of {key}")
        return f"{key} ok after {attempt} attempts"

    @tools.tool_plain
    async def check(n: int) -> int:
        """Return n squared; n must not be negative."""
        record(f"check {n}")
        if n < 0:
            raise ToolValidationError(f"n must be >= 0, got {n}")
        return n * n

    @tools.tool_plain
    async def worker_pid() -> int:
        """The id of the process serving this call (worker-survival tests)."""
        return os.getpid()

    @tools.tool_plain
    async def explode(message: str) -> str:
        """Raise an unexpected error."""
        record(f"explode {message}")
        raise RuntimeError(message)

    return tools


ACTIVITY_CONFIG = ActivityConfig(
    start_to_close_timeout=timedelta(seconds=60),
    retry_policy=RetryPolicy(
        initial_interval=timedelta(milliseconds=200), backoff_coefficient=1.0, maximum_attempts=3
    ),
)


def durable_agent(name: str, *extra: Any, tools_metadata: dict[str, Any] | None = None) -> Agent[None, str]:
    return Agent(
        FunctionModel(scripted),
        name=name,
        toolsets=[make_tools(tools_metadata)],
        capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), *extra],
    )


helper = durable_agent("helper", PTC())
orchestrator = durable_agent(
    "orchestrator", PTC(), Subagents([helper], descriptions={"helper": "does file chores"}, max_spawns=4)
)
quick = durable_agent("quick", PTC(), tools_metadata=local_activity(timeout=timedelta(seconds=2)))
"""The same tools on the fast path: every call a local activity with a 2 s timeout."""


def make_gated_tools() -> FunctionToolset[Any]:
    """Tools that need a reviewer: declared (`requires_approval=True`) and raised (`ApprovalRequired`)."""
    tools = FunctionToolset[Any](id="gated")

    @tools.tool_plain(requires_approval=True)
    async def send_email(to: str, body: str) -> str:
        """Send an email (a reviewer approves each one)."""
        record(f"send_email {to} {body}")
        return f"sent to {to}: {body}"

    @tools.tool
    async def transfer(ctx: RunContext[None], amount: int) -> str:
        """Move money; more than 100 needs a reviewer."""
        if amount > 100 and not ctx.tool_call_approved:
            raise ApprovalRequired()
        record(f"transfer {amount}")
        return f"transferred {amount}"

    return tools


def gated_agent(name: str, approvals: Approvals) -> Agent[None, str]:
    return Agent(
        FunctionModel(scripted),
        name=name,
        toolsets=[make_tools(), make_gated_tools()],
        capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), PTC(approvals=approvals)],
    )


gated = gated_agent("gated", Approvals())
hasty = gated_agent("hasty", Approvals(timeout=timedelta(seconds=2)))
"""Denies what no reviewer decided within 2 s."""
governed = Agent(
    FunctionModel(scripted),
    name="governed",
    toolsets=[make_tools()],
    capabilities=[
        TemporalDurability(activity_config=ACTIVITY_CONFIG),
        PTC(),
        Policy(
            [
                Rule(
                    "*_file", "deny", when=lambda args: args["path"].startswith("/"), reason="absolute paths"
                ),
                Rule("check", "ask", when=lambda args: args["n"] > 100),
            ],
            budgets={"write_file": 2},
        ),
    ],
)
"""Rules and a budget over the file tools, the same for direct and program calls."""
AGENTS = [orchestrator, quick, gated, hasty, governed]
