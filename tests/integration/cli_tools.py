"""Tools for the `durable-ptc run` test, named by `--tools cli_tools:TOOLS`."""

from __future__ import annotations


async def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


async def shout(text: str) -> str:
    """Upper-case a text."""
    return text.upper()


TOOLS = {"add": add, "shout": shout}


async def refuse(reason: str) -> str:
    """Always fails for good, with `reason`."""
    from durable_ptc import ToolExecutionError

    raise ToolExecutionError(reason)


TOOLS["refuse"] = refuse


def unnamed_toolset() -> object:
    """A `FunctionToolset` without an `id`, holding a sync tool."""
    from pydantic_ai.toolsets import FunctionToolset

    toolset = FunctionToolset[None]()

    @toolset.tool_plain
    def double(n: int) -> int:
        """Twice n."""
        return 2 * n

    return toolset


def gated_tools() -> object:
    """`add` and `send_email`, which a reviewer approves (`durable-ptc approve`) before it runs."""
    from pydantic_ai.toolsets import FunctionToolset

    toolset = FunctionToolset[None](id="gated")
    toolset.add_function(add, takes_ctx=False)

    async def send_email(to: str, body: str) -> str:
        """Send an email."""
        return f"sent to {to}: {body}"

    toolset.add_function(send_email, takes_ctx=False, requires_approval=True)
    return toolset
