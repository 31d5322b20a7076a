"""Durable agents by name, so a workflow (or a spawned child) can run an agent given only its name.

The worker factory registers each agent it serves here before the worker starts. Workflow code runs
in Temporal's sandbox with `durable_ptc` passed through, so it reads this same registry; the agents
must be constructed outside workflow code anyway (`TemporalDurability` registers their activities
when they are built).
"""

from __future__ import annotations

from typing import Any

from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.exceptions import UserError

_agents: dict[str, AbstractAgent[Any, Any]] = {}


def register_agent(agent: AbstractAgent[Any, Any]) -> str:
    name = agent.name
    if not name:
        raise UserError("A durable agent needs a `name`: its activities and spawn() refer to it by name")
    existing = _agents.get(name)
    if existing is not None and existing is not agent:
        raise UserError(
            f"Two different agents are named {name!r}; durable agent names must be unique per worker"
        )
    _agents[name] = agent
    return name


def get_agent(name: str) -> AbstractAgent[Any, Any] | None:
    return _agents.get(name)
