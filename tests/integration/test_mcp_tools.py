"""An MCP server's tools, through Pydantic AI's MCP toolset on Temporal, called by the model and by programs."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from history import history_facts
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.mcp import MCPToolset
from pydantic_ai.models.function import FunctionModel
from scenario_agents import ACTIVITY_CONFIG, call, program, script, scripted
from temporalio.client import Client

from durable_ptc import PTC, create_replayer, create_worker, ensure_plugins, start_agent

SERVER = Path(__file__).with_name("mcp_inventory_server.py")

inventory = MCPToolset(SERVER, id="inventory", tool_error_behavior="failed")
stockist = Agent(
    FunctionModel(scripted),
    name="stockist",
    toolsets=[inventory],
    capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), PTC()],
)

PROGRAM = """
apples, pears = await asyncio.gather(stock(sku="apple"), stock(sku="pear"))
booking = await reserve(sku="apple", quantity=20)
try:
    await stock(sku="kiwi")
    missing = None
except Exception as error:
    missing = str(error)
{"apples": apples, "pears": pears, "booking": booking, "missing": missing}
"""


async def test_mcp_tools_are_activities_callable_from_programs_and_by_the_model(client: Client) -> None:
    client = ensure_plugins(client)
    task_queue = f"mcp-{uuid.uuid4()}"
    async with create_worker(client, [stockist], task_queue=task_queue):
        handle = await start_agent(
            client,
            stockist,
            script([program("import asyncio\n" + PROGRAM)], [call("stock", sku="apple")]),
            task_queue=task_queue,
            workflow_id=f"mcp-{uuid.uuid4()}",
        )
        shown = json.loads((await handle.result()).output)
    assert shown[0]["outcome"] == "success", shown[0]["content"]
    value = json.loads(shown[0]["content"])["value"]
    assert {k: value[k] for k in ("apples", "pears", "booking")} == {
        "apples": 12,
        "pears": 0,
        "booking": {"sku": "apple", "reserved": 12, "short": 8},
    }
    assert "unknown sku 'kiwi'" in value["missing"]
    assert shown[1] == {"tool": "stock", "outcome": "success", "content": "12"}
    facts = await history_facts(handle)
    assert "agent__stockist__mcp_server__inventory__call_tool" in facts.activities
    replay = await create_replayer([stockist]).replay_workflow(
        await handle.fetch_history(), raise_on_replay_failure=False
    )
    assert replay.replay_failure is None, replay.replay_failure
