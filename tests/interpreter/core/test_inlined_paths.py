"""The compiler's inlined fast paths behave exactly like the general paths they shortcut.

Calls of module-level functions do `invoke1`'s work at the call site, loops run their body's
statements themselves and test `name < constant` inline, builtin method calls find their entry at
the call site, f-strings, dict displays, `name[constant]` and one-clause list comprehensions skip
closures. Each test makes the same program take the fast and the general path where the language
allows both (`f(x)` against `[f][0](x)`, `s.upper()` against `s.upper(*())`) and compares what the
program sees: value, steps charged, error position, program traceback and limits. Where only the
fast path exists, the expected report is written out.
"""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, PtcLimitError, PtcRuntimeError
from ptc_reference import assert_same_as_cpython


async def _report(code: str, limits: Limits | None = None) -> tuple[str, str, list[tuple[str, int]]]:
    """(exception type, the report as printed, program frames as (function, line))."""
    with pytest.raises(PtcRuntimeError) as caught:
        await ptc_interpreter.run(code, limits=limits)
    error = caught.value
    return error.exc_type, str(error), [(f.function, f.span.line) for f in error.frames]


# -- calls of module-level functions ----------------------------------------------------------------

CALLEES = {
    "return-expression": "def f(d):\n    return d['k']\n",
    "block-body": "def f(d):\n    x = 1\n    return d['k'] + x\n",
    "nested": "def g(d):\n    return d['k']\ndef f(d):\n    return g(d) + 1\n",
}


@pytest.mark.parametrize("callee", CALLEES.values(), ids=CALLEES.keys())
async def test_an_error_in_an_inlined_call_reports_like_the_general_call(callee: str) -> None:
    inlined = await _report(callee + "f({})")
    general = await _report(callee + "[f][0]({})")  # a callee that is not a module-level name
    assert inlined == general
    exc_type, text, frames = inlined
    assert exc_type == "KeyError"
    assert text.startswith("line ") and "    return d['k']" in text
    assert frames[0] == ("<module>", callee.count("\n") + 1)
    assert frames[-1][0] == ("g" if "def g" in callee else "f")


@pytest.mark.parametrize(
    "code",
    [
        "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\ndepth({n})",  # inlined
        "def depth(n, me):\n    return 0 if n == 0 else 1 + me(n - 1, me)\ndepth({n}, depth)",  # general
    ],
    ids=["inlined", "general"],
)
async def test_the_recursion_limit_trips_at_the_same_depth_inlined_or_not(code: str) -> None:
    limits = Limits(max_recursion_depth=50)
    assert (await ptc_interpreter.run(code.format(n=49), limits=limits)).value == 49
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code.format(n=50), limits=limits)
    assert caught.value.limit == "max_recursion_depth"
    assert caught.value.message == "maximum recursion depth exceeded"  # CPython's RecursionError
    assert caught.value.hint is not None and "depth of 50 exceeded in depth()" in caught.value.hint
    assert caught.value.span is not None and caught.value.span.line == 2


async def test_the_recursion_depth_is_restored_after_an_error_in_an_inlined_call() -> None:
    code = (
        "def fail(n):\n    return {}[n]\n"
        "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n"
        "for i in range(200):\n    try:\n        fail(i)\n    except KeyError:\n        pass\n"
        "depth(48)"
    )
    assert (await ptc_interpreter.run(code, limits=Limits(max_recursion_depth=50))).value == 48


@pytest.mark.parametrize(
    "callee",
    ["def f(x):\n    return x + 1\n", "def f(x):\n    y = x * 2\n    return y + 1\n"],
    ids=["return-expression", "block-body"],
)
async def test_an_inlined_call_charges_what_the_general_call_charges(callee: str) -> None:
    loop = "total = 0\nfor i in range(10):\n    total += {call}\ntotal"
    inlined = await ptc_interpreter.run(callee + loop.format(call="f(i)"))
    general = await ptc_interpreter.run(callee + loop.format(call="[f][0](i)"))
    assert inlined.value == general.value
    assert inlined.steps_used == general.steps_used


async def test_the_step_budget_runs_out_in_an_inlined_call_as_in_the_general_call() -> None:
    code = "def f(x):\n    return f(x)\nf(1)"
    limits = Limits(max_steps=60)
    with pytest.raises(PtcLimitError) as inlined:
        await ptc_interpreter.run(code, limits=limits)
    with pytest.raises(PtcLimitError) as general:
        await ptc_interpreter.run(code.replace("return f(x)", "return [f][0](x)"), limits=limits)
    assert inlined.value.limit == general.value.limit == "max_steps"
    assert inlined.value.span is not None and general.value.span is not None
    assert (inlined.value.span.line, inlined.value.span.col) == (
        general.value.span.line,
        general.value.span.col,
    )


# -- loops ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "i = 0\nt = 0\nwhile i < 10:\n    i += 1\n    if i == 3:\n        continue\n    if i == 8:\n        break\n"
        "    t += i\nelse:\n    t = -1\n(i, t)",
        "i = 0\nwhile i < 3:\n    i += 1\nelse:\n    i = 100\ni",
        "i, n = 0, 3\nwhile i < n:\n    i += 1\nelse:\n    i = 100\ni",
        "t = []\nfor i in range(5):\n    if i == 1:\n        continue\n    if i == 4:\n        break\n    t.append(i)\n"
        "else:\n    t = None\nt",
        "for i in range(3):\n    pass\nelse:\n    i = 10\ni",
        "def f():\n    i = 0\n    while i < 5:\n        i += 1\n        if i == 2:\n            return i\nf()",
        "def f():\n    for i in range(5):\n        for j in range(5):\n            if i * j == 6:\n                return (i, j)\nf()",
        "s = 'a'\nwhile s < 'aaaa':\n    s += 'a'\ns",
        "x = 2.5\nwhile x < 10:\n    x *= 2\nx",
    ],
)
async def test_loops_running_their_body_inline_match_cpython(code: str) -> None:
    await assert_same_as_cpython(code)


async def test_a_loop_charges_its_body_each_iteration() -> None:
    # 2 module statements + 10 iterations of (1 body statement + 1 for the iteration) + the last expression
    assert (await ptc_interpreter.run("i = 0\nwhile i < 10:\n    i += 1\ni")).steps_used == 23
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run("i = 0\nwhile i < 1000:\n    i += 1\n", limits=Limits(max_steps=500))
    assert caught.value.limit == "max_steps" and caught.value.line == 2


@pytest.mark.parametrize(
    ("code", "report"),
    [
        (  # an error in the body: the statement it leaves through
            "t = 0\nfor i in range(5):\n    t += i\n    assert i < 3, 'big'\n",
            "line 4, col 4: AssertionError: big\n    assert i < 3, 'big'\n    ^^^^^^^^^^^^^^^^^^^",
        ),
        (  # an error in the inlined test: the comparison
            "i = 'a'\nwhile i < 3:\n    i += 1\n",
            "line 2, col 6: TypeError: '<' not supported between instances of 'str' and 'int'\n"
            "    while i < 3:\n          ^^^^^",
        ),
        (
            "while j < 3:\n    j += 1\n",
            "line 1, col 6: NameError: name 'j' is not defined\n    while j < 3:\n          ^",
        ),
        (  # an error from the iterator between statements: the loop's own
            "x = [1, 2]\nfor a, b in [(1, 2), (3,)]:\n    x.append(a)\n",
            "line 2, col 4: ValueError: not enough values to unpack (expected 2, got 1)\n"
            "    for a, b in [(1, 2), (3,)]:\n        ^^^^",
        ),
    ],
    ids=["body-statement", "test-type-error", "test-name-error", "target-unpack"],
)
async def test_errors_in_loops_point_where_they_happened(code: str, report: str) -> None:
    _, text, _ = await _report(code)
    assert text == report


async def test_an_unbound_local_in_an_inlined_while_test() -> None:
    exc_type, text, frames = await _report("def f():\n    while j < 3:\n        j = 1\nf()")
    assert exc_type == "UnboundLocalError"
    assert text.startswith("line 2, col 10: UnboundLocalError")
    assert frames == [("<module>", 4), ("f", 2)]


# -- conditional expressions with an inlined test ---------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "n = 5\n[1 if n < 2 else 2, 'b' if n >= 5 else 'c', n if n == 5 else 0, 'x' if 'b' > 'a' else 'y']",
        "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\n[f(i) for i in range(10)]",
        "n = 1.5\n'small' if n < 2 else 'big'",
        "n = 5\n'b' if n > 'a' else 'c'",
        "def f(n):\n    return 1 if n < 2 else 2\nf(None)",
    ],
)
async def test_conditional_expressions_with_an_inlined_test_match_cpython(code: str) -> None:
    await assert_same_as_cpython(code, may_raise=True)


async def test_an_error_in_an_inlined_conditional_test_points_at_the_comparison() -> None:
    _, text, frames = await _report("def f(n):\n    return 1 if n < 2 else 2\nf(None)")
    assert text.startswith(
        "line 2, col 16: TypeError: '<' not supported between instances of 'NoneType' and 'int'\n"
        "    return 1 if n < 2 else 2\n                ^^^^^"
    )
    assert frames == [("<module>", 3), ("f", 2)]


# -- builtin method calls ---------------------------------------------------------------------------

METHOD_CALLS = {  # (program before the call, receiver.method, arguments)
    "no-argument": ("s = 'abc' * 200", "s.upper", ""),
    "linear-charge": ("s = 'x' * 100000", "s.upper", ""),
    "one-argument": ("s = 'x' * 100000", "s.count", "'x'"),
    "two-arguments": ("s = 'x' * 100000", "s.replace", "'x', 'yy'"),
    "with-ctx": ("s = 'ab'", "s.zfill", "8"),
    "keyed-charge": ("d = {}\nk = tuple(range(5000))", "d.setdefault", "k, 1"),
    "keyed-two": ("d = {}\nk = tuple(range(5000))", "d.get", "k, 2"),
    "list": ("xs = [3, 1, 2]", "xs.insert", "0, 9"),
    "not-a-builtin-type": ("import math", "math.floor", "2.5"),
    "program-class": ("class A:\n    def upper(self):\n        return 'mine'\na = A()", "a.upper", ""),
    "missing-method": ("x = 5", "x.nope", ""),
    "native-error": ("s = 'abc'", "s.index", "'z'"),
    "wrong-arguments": ("s = 'abc'", "s.replace", "'a', 1"),
}


@pytest.mark.parametrize(("setup", "method", "arguments"), METHOD_CALLS.values(), ids=METHOD_CALLS.keys())
async def test_a_builtin_method_call_at_the_call_site_matches_the_general_call(
    setup: str, method: str, arguments: str
) -> None:
    """`obj.m(a)` takes the call-site path, `obj.m(*(a,))` the general one (`attr.call_method`),
    which also pays one step for unpacking its short argument tuple."""
    inlined = await _outcome(f"{setup}\n{method}({arguments})")
    general = await _outcome(
        f"{setup}\n{method}(*({arguments}{',' if arguments else ''}))", unpacking_steps=1
    )
    assert inlined == general


async def _outcome(code: str, unpacking_steps: int = 0) -> tuple[object, ...]:
    try:
        result = await ptc_interpreter.run(code)
    except PtcRuntimeError as error:
        return (error.exc_type, error.message, error.line)
    return (result.value, result.steps_used - unpacking_steps)


# -- f-strings, displays, subscripts, comprehensions --------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "x = 10 ** 200\nf'{x}|{1.5}|{True}|{None}|{x:>5}|{-3}|{2.0e20}|{x:,}'",
        "x = 'ab'\nf'{x!r:>10}|{x:{5}}|{x:>{3}}|{x:}|{x!s}|{x!a}'",
        "i = 7\n[f'item-{i}', f'{i}', f'{i}-end', f'a{i}b{i}c', f'{i:03d}{i:x}']",
        "class P:\n    def __format__(self, spec):\n        return 'P' + spec\nf'{P()}|{P():x}'",
        "x = 1\nf'{x:q}'",
        "i = 3\n{'a': i, 'b': i * 2, 'a': 0}",
        "i = 3\n{'a': i, 'b': i + 'x'}",
        "d = {'a': 1}\nd['b']",
        "def f(d):\n    return d[0]\n[f([5]), f('xy'), f({0: 'z'})]",
        "[-3, -2.5, -True, -(10**30)]",
        "def f(n):\n    return [n + 1, n - 1, n - -3, abs(n) + abs(n)]\n"
        "[f(n) for n in (5, 2**62 - 1, -(2**62) + 1, 2**62, 2**70, True, 2.5)]",
        "def f(a, b):\n    return a[0] + b[0]\n[f('x', 'y'), f([[1]], [[2]]), f((1.5,), (2,))]",
        "n = 'a'\nn + 1",
        "x = 'a'\n-x",
        "[x * 2 for x in range(10) if x % 3]",
        "[1 / x for x in range(3)]",
        "[x for x in range(3) if 1 / (x - 1)]",
        "[x for x in 5]",
        "fs = [lambda: x for x in range(3)]\n[f() for f in fs]",
        "def f(xs):\n    return [x + 1 for x in xs if x]\nf([1, 0, 2])",
        "[sum(x for x in range(10) if x % 2), list(x for x in range(10) if x % 2 if x % 3)]",
    ],
)
async def test_inlined_expressions_match_cpython(code: str) -> None:
    await assert_same_as_cpython(code, may_raise=True)


async def test_inlined_int_additions_keep_the_int_size_limit() -> None:
    code = "def grow(xs):\n    while True:\n        xs[0] = xs[0] + xs[0]\ngrow([1])"
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code)
    assert caught.value.limit == "max_int_bits"
    assert caught.value.line == 3


async def test_a_long_f_string_is_charged_by_its_length() -> None:
    short = await ptc_interpreter.run("x = 'a' * 3\ny = f'<{x}>{x}'\nlen(y)")
    long = await ptc_interpreter.run("x = 'a' * 3000\ny = f'<{x}>{x}'\nlen(y)")
    assert (short.value, long.value) == (8, 6002)
    assert long.steps_used > short.steps_used


async def test_a_constant_format_width_over_the_string_limit_is_refused() -> None:
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run("x = 5\nf'{x:>999999999}'")
    assert caught.value.limit == "max_string_length"
    assert caught.value.line == 2


async def test_an_inlined_list_comprehension_keeps_the_container_limit() -> None:
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run("[x for x in range(100) if x >= 0]", limits=Limits(max_container_length=50))
    assert caught.value.limit == "max_container_length"
