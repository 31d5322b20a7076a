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

What else outlives a turn travels too (`AgentWorkflow.continued_input`): `Policy` budget counts, so
a budget holds for the whole chain, and the number of approval IDs given out, so `approval-N` names
one call in the chain. A call waiting for approval never meets a continuation: it is part of a turn,
and the continuation comes only before the next model request, after every call of the turn —
approved, denied or timed out — has ended. Detached children (`spawn(..., wait=False)`) are
different: they outlive turns, and a child reports its end only to the run that started it, while
continuing as new closes that run and applies the children's parent-close policy (REQUEST_CANCEL by
default). So a run whose detached children are still running does not continue yet: it asks again
before each later request, and continues once they have all ended, carrying their outcomes, so
`wait_spawned`, `cancel_spawned` and `list_spawned` answer for them in the next run. Holding back has
a ceiling (`max_held_events`, `max_held_bytes`: by default 10,000 events or 10 MB, well inside
Temporal's hard limits of 51,200 events and 50 MB); past it the run continues anyway and a child still
running is `orphaned`: its handle reports why its result cannot arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.tools import RunContext
from temporalio import workflow

from ._subagents import DetachedSpawn
from ._workflow import SpawnOutcome, current_agent_workflow

HOLD_FOR_DETACHED_PATCH = "durable_ptc/continuation_waits_for_detached"
"""Histories from before continuations waited for detached children continued regardless; they replay so."""


@dataclass(frozen=True)
class ContinueAgentWorkflow:
    """`TemporalDurability`'s `continue_as_new` handler for agents run by an `AgentWorkflow`.

    Args:
        max_held_events: Past this many events of history, a run whose detached sub-agents are still
            running continues as new anyway (they are then out of its reach: `orphaned`).
        max_held_bytes: The same ceiling in bytes of history.
    """

    max_held_events: int = 10_000
    max_held_bytes: int = 10_000_000

    def __call__(self, ctx: RunContext[Any]) -> None:
        instance = current_agent_workflow()
        if instance is None or ctx.run_step <= 1:
            return  # another workflow runs the agent, or nothing was done yet: let this request go
        info = workflow.info()
        events = info.get_current_history_length()
        running = [
            spawned
            for spawned in instance.detached.values()
            if isinstance(spawned, DetachedSpawn) and not spawned.child.done()
        ]
        below_ceiling = (
            events < self.max_held_events and info.get_current_history_size() < self.max_held_bytes
        )
        if running and below_ceiling and workflow.patched(HOLD_FOR_DETACHED_PATCH):
            return  # their results can only reach this run: continue once they have ended
        detached = [
            spawned.outcome(events) if isinstance(spawned, DetachedSpawn) else spawned
            for spawned in instance.detached.values()
            if isinstance(spawned, DetachedSpawn | SpawnOutcome)
        ]
        workflow.continue_as_new(instance.continued_input(ctx, detached), memo=dict(workflow.memo()))


continue_agent_workflow = ContinueAgentWorkflow()
"""The handler `create_worker` installs on agents whose durability has none of its own."""


def continue_long_runs(agents: Sequence[AbstractAgent[Any, Any]]) -> None:
    """Give each agent's `TemporalDurability` the `continue_agent_workflow` handler, unless it has one."""
    for agent in agents:
        durability = TemporalDurability.from_agent(agent)
        if durability is not None and durability.continue_as_new is None:
            durability.continue_as_new = continue_agent_workflow
