"""Durable agents by name, so a workflow (or a spawned child) can run an agent given only its name.

A worker registers the agents it serves under its task queue before it starts; `AgentWorkflow`
looks its agent up under the task queue it runs on. Keying by task queue lets one process host
workers whose agents share a name (two test suites' `helper`s, say) without either seeing the
other's. A `Replayer` has no task queue of its own: `create_replayer` registers under `None`, the
last such registration wins, and a lookup falls back to it, then to the only agent of that name.

Workflow code runs in Temporal's sandbox with `durable_ptc` passed through, so it reads this same
registry; the agents are constructed outside workflow code anyway (`TemporalDurability` registers
their activities when they are built).
"""

from __future__ import annotations

from typing import Any

from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.exceptions import UserError

_agents: dict[tuple[str | None, str], AbstractAgent[Any, Any]] = {}


def register_agent(agent: AbstractAgent[Any, Any], task_queue: str | None) -> str:
    name = agent.name
    if not name:
        raise UserError("A durable agent needs a `name`: its activities and spawn() refer to it by name")
    existing = _agents.get((task_queue, name))
    if task_queue is not None and existing is not None and existing is not agent:
        raise UserError(
            f"Two different agents are named {name!r} on task queue {task_queue!r}; "
            "durable agent names must be unique per worker"
        )
    _agents[(task_queue, name)] = agent
    return name


def get_agent(name: str, task_queue: str | None) -> AbstractAgent[Any, Any] | None:
    if (agent := _agents.get((task_queue, name)) or _agents.get((None, name))) is not None:
        return agent
    candidates = {id(a): a for (_, agent_name), a in _agents.items() if agent_name == name}
    return next(iter(candidates.values())) if len(candidates) == 1 else None
