"""`StopIteration` across the interpreter's own generators (docs/semantics.md §5.3): the program
sees it exactly where CPython does, and PEP 479's RuntimeError only where CPython has a generator
or coroutine boundary. Each case is compared with CPython (value, stdout, exception type)."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

ASYNC_ECHO = "async def echo(v):\n    return v\n"


@pytest.mark.parametrize(
    "source",
    [
        # caught next to an await: the try runs as a generator in the interpreter, not in CPython
        "it = iter([])\ntry:\n    x = await echo(1)\n    y = next(it)\nexcept StopIteration:\n    print('caught')",
        "it = iter([])\ntry:\n    y = await echo(next(it))\nexcept StopIteration:\n    print('caught')",
        "async def g():\n    it = iter([])\n    try:\n        return await echo(next(it))\n"
        "    except StopIteration:\n        return 'caught'\nprint(await g())",
        "it = iter([1])\nout = []\nfor i in range(3):\n    try:\n        out.append(await echo(next(it)))\n"
        "    except StopIteration:\n        out.append('stop')\nout",
        "it = iter([])\ntry:\n    x = await echo(1)\n    next(it)\nexcept RuntimeError:\n    print('wrong')\n"
        "except Exception as e:\n    print(type(e).__name__)",
        # uncaught: StopIteration from module code without await, PEP 479 inside generators/coroutines
        "next(iter([]))",
        "def f():\n    return next(iter([]))\nf()",
        "x = [next(iter([]))]",
        "list(next(iter([])) for _ in range(2))",
        "def gen():\n    yield next(iter([]))\nlist(gen())",
        "async def g():\n    return next(iter([]))\nawait g()",
        "await echo(1)\nnext(iter([]))",
        "async def g():\n    return next(iter([]))\ntry:\n    await g()\nexcept RuntimeError as e:\n    print('rt', e)",
        "def gen():\n    yield 1\n    raise StopIteration\ntry:\n    list(gen())\nexcept RuntimeError as e:\n    print(e)",
        "import asyncio\nasync def g():\n    raise StopIteration('x')\nr = await asyncio.gather(g(), return_exceptions=True)\n"
        "[type(r[0]).__name__, str(r[0])]",
    ],
)
async def test_stop_iteration_is_seen_where_cpython_sees_it(source: str) -> None:
    await assert_same_as_cpython(ASYNC_ECHO + source, may_raise=True)


async def test_uncaught_next_reports_its_line_and_a_hint() -> None:
    with pytest.raises(ptc_interpreter.PtcRuntimeError) as caught:
        await ptc_interpreter.run(
            "users = [{'role': 'dev'}]\nadmin = next(u for u in users if u['role'] == 'admin')"
        )
    error = caught.value
    assert error.exc_type == "StopIteration"
    assert error.span is not None and error.span.line == 2
    assert error.hint is not None and "next(iterator, default)" in error.hint
