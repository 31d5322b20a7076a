"""`await` where the interpreter evaluates without suspending is refused statically, with its
position and a hint, instead of failing inside the compiler (CPython allows these; models rarely
write them)."""

from __future__ import annotations

import ptc_interpreter
import pytest


async def f() -> int:
    return 1


CASES = {
    "default value": ("def h(x=await f()):\n    return x\nh()", "a default value", 1, 8),
    "lambda default": ("g = lambda x=await f(): x", "a default value", 1, 13),
    "decorator": ("@(await f())\ndef k():\n    pass", "a decorator", 1, 2),
    "base class": ("class K(await f()):\n    pass", "a base class or class decorator", 1, 8),
    "comprehension target": ("d = {}\n[1 for d[await f()] in [1]]", "a comprehension's target", 2, 9),
}


@pytest.mark.parametrize("name", CASES)
async def test_await_in_a_non_suspending_position_is_a_clean_syntax_error(name: str) -> None:
    code, where, line, col = CASES[name]
    with pytest.raises(ptc_interpreter.PtcSyntaxError) as raised:
        await ptc_interpreter.run(code, tools={"f": f})
    assert str(raised.value).startswith(
        f"line {line}, col {col}: SyntaxError: 'await' in {where} is not supported"
    )
    assert "await it first into a variable" in str(raised.value)


async def test_await_inside_the_body_of_a_function_with_defaults_still_runs() -> None:
    code = "async def ok(x=1):\n    return x + await f()\nawait ok()"
    assert (await ptc_interpreter.run(code, tools={"f": f})).value == 2


async def test_async_for_in_a_comprehension_is_reported_at_its_own_line() -> None:
    with pytest.raises(ptc_interpreter.PtcSyntaxError) as raised:
        await ptc_interpreter.run("x = 1\ny = [u async for u in []]")
    assert str(raised.value).startswith("line 2, col 17: SyntaxError: 'async for' in a comprehension")
