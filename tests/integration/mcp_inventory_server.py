"""A tiny stdio MCP server for the MCP tests: `python mcp_inventory_server.py` speaks MCP on stdio."""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

STOCK = {"apple": 12, "pear": 0}

server = MCPServer("inventory")


@server.tool()
def stock(sku: str) -> int:
    """How many of an item are in stock."""
    if sku not in STOCK:
        raise ToolError(f"unknown sku {sku!r}")
    return STOCK[sku]


@server.tool()
async def reserve(sku: str, quantity: int) -> dict[str, object]:
    """Reserve some of an item; says whether there were enough."""
    available = STOCK.get(sku, 0)
    return {"sku": sku, "reserved": min(quantity, available), "short": max(0, quantity - available)}


if __name__ == "__main__":
    server.run("stdio")
