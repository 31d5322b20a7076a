"""A `RelayedToolError` (a host relaying a tool failure it only knows by class name and message)
reads like the tool's own exception: reports name the tool's class; the program sees that builtin
class when the name is one, otherwise a ToolError."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_interpreter import RelayedToolError


async def remote_lookup(key: str) -> str:
    raise RelayedToolError("QuotaError", f"quota exceeded for {key}")


async def test_uncaught_relayed_error_is_reported_under_the_tools_class_name() -> None:
    with pytest.raises(ptc_interpreter.PtcToolError) as raised:
        await ptc_interpreter.run("await remote_lookup(key='a')", tools={"remote_lookup": remote_lookup})
    assert raised.value.tool == "remote_lookup"
    assert str(raised.value).startswith(
        "line 1, col 0: tool 'remote_lookup' failed: QuotaError: quota exceeded for a"
    )


async def test_program_catches_it_as_a_tool_error_with_the_tools_message() -> None:
    code = (
        "try:\n"
        "    await remote_lookup(key='b')\n"
        "except Exception as e:\n"
        "    caught = (type(e).__name__, str(e))\n"
        "caught\n"
    )
    result = await ptc_interpreter.run(code, tools={"remote_lookup": remote_lookup})
    assert result.value == ("ToolError", "quota exceeded for b")


async def remote_parse(text: str) -> int:
    raise RelayedToolError("ValueError", f"not a number: {text!r}")


async def test_a_relayed_builtin_name_is_that_builtin_in_the_program() -> None:
    code = "try:\n    await remote_parse(text='x')\nexcept ValueError as e:\n    caught = str(e)\ncaught\n"
    result = await ptc_interpreter.run(code, tools={"remote_parse": remote_parse})
    assert result.value == "not a number: 'x'"
