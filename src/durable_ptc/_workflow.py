"""The workflow that runs one durable agent: the root of a run, and every spawned sub-agent.

Its state is what capabilities need to know about their position in the tree: the spawn depth and
how many children this run has started (which makes child IDs deterministic: parent ID + position),
the detached children a later turn may wait for, `Policy` budget counts, and the calls waiting for
a reviewer (`_approvals`), listed by a query and decided by an update. A run that continues as new
(`_continuation`) hands all of it that outlives a turn to the next run of the chain: the spawn count,
the detached children's outcomes, the budget counts and how many approval IDs were given out, so
child IDs and approval IDs stay unique, and budgets stay per run, across the chain.

Its input carries the run options a caller may set (`deps`, `usage_limits`, `model_settings`,
`message_history`). `deps` crosses the workflow boundary as JSON-shaped data and is validated here
into the agent's `deps_type`, so `RunContext` tools see the typed object whether the model or a
program calls them, and a mismatch fails the run with a message naming the agent and the field.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.messages import ModelMessage
from pydantic_ai.settings import ModelSettings
from pydantic_ai.tools import RunContext
from pydantic_ai.usage import RunUsage, UsageLimits
from temporalio import workflow
from temporalio.exceptions import ApplicationError

from ._approvals import (
    DECIDE_APPROVAL_UPDATE,
    PENDING_APPROVALS_QUERY,
    ApprovalBook,
    ApprovalDecision,
    ApprovalRejected,
)
from ._registry import get_agent

WORKFLOW_NAME = "durable_ptc.AgentWorkflow"


@dataclass
class AgentRunInput:
    agent: str
    """The registered agent's name."""
    prompt: str | None
    """`None` in a continued run, which resumes from `message_history`."""
    depth: int = 0
    """0 for a root run, parent's depth + 1 for a spawned sub-agent."""
    deps: Any = None
    """The run's dependencies as JSON-shaped data, validated into the agent's `deps_type` in the workflow."""
    usage_limits: UsageLimits | None = None
    model_settings: ModelSettings | None = None
    message_history: list[ModelMessage] | None = None
    usage: RunUsage | None = None
    """The usage of the earlier runs of a continued run (see `_continuation`)."""
    spawned: int = 0
    """How many children the earlier runs of a continued run started."""
    detached: list[SpawnOutcome] | None = None
    """The detached children the earlier runs of a continued run started, as they ended."""
    policy_calls: dict[str, int] | None = None
    """`Policy` budget counts of the earlier runs of a continued run."""
    approvals_opened: int = 0
    """How many approval IDs the earlier runs of a continued run gave out."""


@dataclass
class SpawnOutcome:
    """How a detached child (`spawn(..., wait=False)`) ended, carried into the run that continues its parent."""

    handle: str
    agent: str
    task: str
    status: str
    """`done`, `failed`, `cancelled`, or `orphaned` (still running when its parent continued as new)."""
    output: Any = None
    error: str | None = None
    """Why it failed, was cancelled or was orphaned: what `wait_spawned` reports."""


@dataclass
class AgentRunOutput:
    output: Any
    agent: str


@cache
def _deps_adapter(deps_type: Any) -> TypeAdapter[Any]:
    return TypeAdapter(deps_type)


def validate_deps(agent: AbstractAgent[Any, Any], deps: Any) -> Any:
    """`deps` as an instance of the agent's `deps_type` (`None` stays `None`, as in Pydantic AI).

    Raises `ValueError` saying which agent rejected which field."""
    if deps is None:
        return None
    try:
        return _deps_adapter(agent.deps_type).validate_python(deps)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(map(str, problem['loc'])) or 'deps'}: {problem['msg']}" for problem in error.errors()
        )
        raise ValueError(
            f"deps for agent {agent.name!r} are not a valid {_type_name(agent.deps_type)}: {problems}"
        ) from None


def deps_as_data(agent: AbstractAgent[Any, Any], deps: Any) -> Any:
    """`deps` validated for `agent` and dumped to the JSON-shaped data that crosses into the workflow."""
    if deps is None:
        return None
    return _deps_adapter(agent.deps_type).dump_python(validate_deps(agent, deps), mode="json")


def _type_name(deps_type: Any) -> str:
    return getattr(deps_type, "__qualname__", None) or repr(deps_type)


@workflow.defn(name=WORKFLOW_NAME)
class AgentWorkflow:
    def __init__(self) -> None:
        self.depth = 0
        self.spawned = 0
        self.input: AgentRunInput | None = None
        self.approvals = ApprovalBook()
        self.policy_calls: Counter[str] = Counter()
        """Calls per budget pattern of `Policy` in this run."""
        self.detached: dict[str, Any] = {}
        """Children started with `spawn(..., wait=False)`, by handle: a `_subagents.DetachedSpawn` for
        this run's, a `SpawnOutcome` for an earlier run's of the chain."""

    def next_spawn_position(self) -> int:
        position = self.spawned
        self.spawned += 1
        return position

    @workflow.query(name=PENDING_APPROVALS_QUERY)
    def pending_approvals(self) -> list[dict[str, Any]]:
        return self.approvals.listing()

    @workflow.update(name=DECIDE_APPROVAL_UPDATE)
    def decide_approval(self, decision: ApprovalDecision) -> str:
        self.approvals.decide(decision)
        return "approved" if decision.approved else "denied"

    @decide_approval.validator
    def check_approval(self, decision: ApprovalDecision) -> None:
        try:
            self.approvals.check(decision)
        except ApprovalRejected as rejected:
            raise ApplicationError(str(rejected), type="ApprovalRejected", non_retryable=True) from None

    @workflow.run
    async def run(self, input: AgentRunInput) -> AgentRunOutput:
        self.depth = input.depth
        self.spawned = input.spawned
        self.input = input
        self.detached = {outcome.handle: outcome for outcome in input.detached or ()}
        self.policy_calls = Counter(input.policy_calls or {})
        self.approvals.opened = input.approvals_opened
        agent = get_agent(input.agent, workflow.info().task_queue)
        if agent is None:
            raise ApplicationError(
                f"No agent named {input.agent!r} is registered on this worker",
                type="UnknownAgent",
                non_retryable=True,
            )
        try:
            deps = validate_deps(agent, input.deps)
        except ValueError as error:
            raise ApplicationError(str(error), type="InvalidDeps", non_retryable=True) from None
        result = await agent.run(
            input.prompt,
            deps=deps,
            usage_limits=input.usage_limits,
            model_settings=input.model_settings,
            message_history=input.message_history,
            usage=input.usage,
        )
        return AgentRunOutput(output=result.output, agent=input.agent)

    def continued_input(self, ctx: RunContext[Any], detached: list[SpawnOutcome]) -> AgentRunInput:
        """The input of the run that continues this one from where `ctx` stands (see `_continuation`)."""
        assert self.input is not None
        return replace(
            self.input,
            prompt=None,
            message_history=list(ctx.messages),
            usage=ctx.usage,
            spawned=self.spawned,
            detached=detached,
            policy_calls=dict(self.policy_calls),
            approvals_opened=self.approvals.opened,
        )


def current_agent_workflow() -> AgentWorkflow | None:
    instance = workflow.instance()
    return instance if isinstance(instance, AgentWorkflow) else None
