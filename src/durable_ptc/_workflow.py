"""The workflow that runs one durable agent: the root of a run, and every spawned sub-agent.

Its state is what capabilities need to know about their position in the tree: the spawn depth and
how many children this run has started (which makes child IDs deterministic: parent ID + position),
the detached children a later turn may wait for, and the calls waiting for a reviewer
(`_approvals`), listed by a query and decided by an update.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

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
    prompt: str
    depth: int = 0
    """0 for a root run, parent's depth + 1 for a spawned sub-agent."""


@dataclass
class AgentRunOutput:
    output: Any
    agent: str


@workflow.defn(name=WORKFLOW_NAME)
class AgentWorkflow:
    def __init__(self) -> None:
        self.depth = 0
        self.spawned = 0
        self.approvals = ApprovalBook()
        self.policy_calls: Counter[str] = Counter()
        """Calls per budget pattern of `Policy` in this run."""
        self.detached: dict[str, Any] = {}
        """Children started with `spawn(..., wait=False)`, by handle (`_subagents.DetachedSpawn`)."""

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
        agent = get_agent(input.agent, workflow.info().task_queue)
        if agent is None:
            raise ApplicationError(
                f"No agent named {input.agent!r} is registered on this worker",
                type="UnknownAgent",
                non_retryable=True,
            )
        result = await agent.run(input.prompt)
        return AgentRunOutput(output=result.output, agent=input.agent)


def current_agent_workflow() -> AgentWorkflow | None:
    instance = workflow.instance()
    return instance if isinstance(instance, AgentWorkflow) else None
