"""Agents with deps and every common tool shape, for the deps and tool-shape tests.

`Deps` reaches `RunContext` tools; `price_order` takes one Pydantic model (Pydantic AI flattens it, so
a program passes its fields); `ship` takes a model among other parameters (a program passes a dict);
`shout` is a sync function. The `clerk` sub-agent is spawned with its parent's deps by `shop`, and
with deps derived by a `Subagents(deps=...)` hook by `branch`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_ai import Agent, RunContext
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.messages import ModelMessage, ModelResponse, TextPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import FunctionToolset
from scenario_agents import ACTIVITY_CONFIG, scripted

from durable_ptc import PTC, Subagents

PRICES = {"apple": 0.5, "pear": 0.75}


@dataclass
class Deps:
    city: str
    unit: str = "C"


class Order(BaseModel):
    sku: str
    quantity: int


class Address(BaseModel):
    street: str
    city: str


shop_tools = FunctionToolset[Deps](id="shop")


@shop_tools.tool
async def weather(ctx: RunContext[Deps], day: str) -> str:
    """The forecast for a day in the caller's city."""
    return f"{day} in {ctx.deps.city}: 21{ctx.deps.unit}"


@shop_tools.tool_plain
def price_order(order: Order) -> float:
    """The price of an order."""
    return order.quantity * PRICES[order.sku]


@shop_tools.tool_plain
async def ship(order: Order, address: Address, express: bool = False) -> str:
    """Ship an order to an address."""
    return f"{order.quantity} {order.sku} to {address.street}, {address.city}" + (
        " (express)" if express else ""
    )


@shop_tools.tool_plain
def shout(text: str) -> str:
    """The text in capitals."""
    return text.upper()


def shop_agent(name: str, *extra: Any) -> Agent[Deps, str]:
    return Agent(
        FunctionModel(scripted),
        name=name,
        deps_type=Deps,
        toolsets=[shop_tools],
        capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), PTC(), *extra],
    )


def branch_deps(ctx: RunContext[Deps], agent_name: str) -> Deps:
    return Deps(city=f"{ctx.deps.city} branch for {agent_name}", unit="F")


clerk = shop_agent("clerk")
shop = shop_agent("shop", Subagents([clerk]))
branch = shop_agent("branch", Subagents([clerk], deps=branch_deps))


def echo_settings(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    return ModelResponse(parts=[TextPart(json.dumps(info.model_settings))])


settings_echo = Agent(FunctionModel(echo_settings), name="settings_echo", capabilities=[TemporalDurability()])
DEPS_AGENTS = [shop, branch, settings_echo]
