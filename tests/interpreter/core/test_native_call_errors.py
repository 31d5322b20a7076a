"""A builtin or module function called with arguments that do not bind is named as the program
knows it (`search()`), never by its host qualname (`make_module.<locals>.search()`)."""

from __future__ import annotations

import ptc_interpreter
import pytest

CASES = {
    "module function": (
        'import re\nre.search("x")',
        "TypeError: search() missing 1 required positional argument",
    ),
    "json": ("import json\njson.dumps()", "TypeError: dumps() missing 1 required positional argument"),
    "builtin bound to the run": ("round()", "TypeError: round() missing required argument 'number' (pos 1)"),
    "unexpected keyword": (
        "import re\nre.split('a', 'b', flagz=1)",
        "TypeError: split() got an unexpected keyword",
    ),
}


@pytest.mark.parametrize("name", CASES)
async def test_call_errors_name_the_function_as_the_program_knows_it(name: str) -> None:
    code, expected = CASES[name]
    with pytest.raises(ptc_interpreter.PtcRuntimeError) as raised:
        await ptc_interpreter.run(code)
    report = str(raised.value)
    assert expected in report
    assert "<locals>" not in report and "make_" not in report


async def test_a_type_error_raised_inside_the_function_keeps_its_message() -> None:
    with pytest.raises(ptc_interpreter.PtcRuntimeError) as raised:
        await ptc_interpreter.run("sorted([1, 'a'])")
    assert "'<' not supported between instances of 'str' and 'int'" in str(raised.value)
