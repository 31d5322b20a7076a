"""Long runs: an agent run continues as new before its history gets large.

Every model request activity carries the whole message history as its input, so a run's history
grows with the square of its turns; a few hundred turns with kilobytes of tool results would pass
Temporal's history limits (50 MB, 51,200 events), and replaying it would outlast the workflow task
timeout. Pydantic AI's `TemporalDurability(continue_as_new=...)` handler is called just before a
model request when Temporal suggests continuing as new (by default at 4 MB or 4,096 events of
history); `create_worker` gives every agent it serves whose durability has no handler of its own
`continue_agent_workflow`. It continues an `AgentWorkflow` as new from the messages so far, the
usage so far (so usage limits count across the chain) and the spawn count (so child IDs stay
unique); the next run's first request is the one this run was about to make. This happens between
turns, never while a program runs (a program is one tool call inside a turn). `run_agent`'s caller
sees one run: a workflow handle's result follows continuations.

A run's first request never continues, so a run whose carried messages alone are large still makes
progress. Histories Temporal never called large issue exactly the commands they did before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.tools import RunContext
from temporalio import workflow

from ._workflow import current_agent_workflow


def continue_agent_workflow(ctx: RunContext[Any]) -> None:
    """`TemporalDurability`'s `continue_as_new` handler for agents run by an `AgentWorkflow`."""
    instance = current_agent_workflow()
    if instance is None or ctx.run_step <= 1:
        return  # another workflow runs the agent, or nothing was done yet: let this request go
    workflow.continue_as_new(instance.continued_input(ctx), memo=dict(workflow.memo()))


def continue_long_runs(agents: Sequence[AbstractAgent[Any, Any]]) -> None:
    """Give each agent's `TemporalDurability` the `continue_agent_workflow` handler, unless it has one."""
    for agent in agents:
        durability = TemporalDurability.from_agent(agent)
        if durability is not None and durability.continue_as_new is None:
            durability.continue_as_new = continue_agent_workflow
