"""Formatting: CPython's output for format specs, str.format and %, without attribute walks or huge
allocations."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.format import (
    convert,
    format_field,
    format_map,
    format_value,
    percent_format,
    str_format,
)
from ptc_interpreter.runtime.values import OrderedSet

VALUES: list[Any] = [0, -42, 3.14159, 1e21, -0.0, float("inf"), True, "text", "é", 10**30]
SPECS = [
    "",
    ">8",
    "<8",
    "^9",
    "*^9",
    "+",
    " ",
    "08.2f",
    ",",
    "_",
    ".3",
    ".2e",
    "x",
    "#o",
    "b",
    "%",
    ".1%",
    "g",
    "10.4g",
    "z.1f",
    "=+8",
]


def test_format_value_matches_cpython(ctx: RunContext) -> None:
    for value, spec in itertools.product(VALUES, SPECS):
        try:
            expected: Any = format(value, spec)
        except (ValueError, TypeError) as error:
            expected = type(error)
        try:
            actual: Any = format_value(ctx, value, spec)
        except (ValueError, TypeError) as error:
            actual = type(error)
        assert actual == expected, (value, spec)


def test_format_of_containers_uses_program_reprs(ctx: RunContext) -> None:
    assert format_value(ctx, OrderedSet(["b", "a"]), "") == "{'b', 'a'}"
    assert format_field(ctx, [1, "x"], 114, "") == "[1, 'x']"
    with pytest.raises(TypeError, match=r"unsupported format string passed to set\.__format__"):
        format_value(ctx, OrderedSet(), ">5")


def test_conversions(ctx: RunContext) -> None:
    assert convert(ctx, "é", "r") == "'é'"
    assert convert(ctx, "é", 97) == "'\\xe9'"
    assert convert(ctx, 5, "s") == "5"
    assert convert(ctx, 5, -1) == 5


@pytest.mark.parametrize(
    ("template", "args", "kwargs"),
    [
        ("{} and {}", (1, 2), {}),
        ("{1}{0}{1}", ("a", "b"), {}),
        ("{name!r:>8}|{n:05d}", (), {"name": "x", "n": 42}),
        ("{0[key]} {0[1]} {1[0]}", ({"key": "v", 1: "one"}, [9]), {}),
        ("{:{width}.{prec}f}", (3.14159,), {"width": 10, "prec": 2}),
        ("{{literal}} {0!s}", (OrderedSet(),), {}),
        ("{x.real}", (), {"x": 5}),
        ("{}", ([1, "a"],), {}),
    ],
)
def test_str_format_matches_cpython(
    ctx: RunContext, template: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    native_args = tuple(set(a) if isinstance(a, OrderedSet) else a for a in args)
    assert str_format(ctx, template, args, kwargs) == template.format(*native_args, **kwargs)


@pytest.mark.parametrize(
    ("template", "args", "error"),
    [
        ("{0.__base__}", ("x",), AttributeError),
        ("{0.__class__.__mro__}", ("x",), AttributeError),
        ("{0.upper.__self__}", ("x",), AttributeError),
        ("{0.append}", ([],), None),
        ("{} {0}", (1,), ValueError),
        ("{0} {}", (1,), ValueError),
        ("{2}", (1,), IndexError),
        ("{missing}", (), KeyError),
        ("{0:{1:{2}}}", (1, 2, 3), ValueError),
    ],
)
def test_str_format_never_walks_outside_the_allowlist(
    ctx: RunContext, template: str, args: tuple[Any, ...], error: type[Exception] | None
) -> None:
    if error is None:
        assert str_format(ctx, template, args, {}).startswith("<built-in method append of list object")
        return
    with pytest.raises(error):
        str_format(ctx, template, args, {})


def test_format_map_uses_getitem(ctx: RunContext) -> None:
    class Defaulting(dict[str, Any]):
        def __missing__(self, key: str) -> str:
            return f"<{key}>"

    assert format_map(ctx, "{a}-{b}", Defaulting(a=1)) == "1-<b>"


@pytest.mark.parametrize(
    ("template", "values"),
    [
        ("%s-%d", ("a", 7)),
        ("%5.2f|%-4d|%x|%X|%o|%c|%c", (3.14159, 5, 255, 255, 8, 65, "z")),
        ("%r %a", ("é", "é")),
        ("%(a)s %(b)05.1f", {"a": [1], "b": 2.25}),
        ("%*d|%-*.*f", (5, 42, 8, 2, 3.14159)),
        ("100%%", ()),
        ("%s", ([1, 2],)),
        ("%s", {"a": 1}),
        ("plain", {"a": 1}),
        ("%i %u %e %G", (1, 2, 3.0, 1e-10)),
    ],
)
def test_percent_format_matches_cpython(ctx: RunContext, template: str, values: Any) -> None:
    assert percent_format(ctx, template, values) == template % values


@pytest.mark.parametrize(
    ("template", "values"),
    [
        ("%s %s", ("a",)),
        ("%s", ("a", "b")),
        ("%d", ("x",)),
        ("%x", (1.5,)),
        ("%y", (1,)),
        ("ab %", (1,)),
        ("%(a)s", ("x",)),
        ("%(a)s %s", {"a": 1}),
        ("plain", 5),
    ],
)
def test_percent_format_errors_match_cpython(ctx: RunContext, template: str, values: Any) -> None:
    with pytest.raises(Exception) as native:
        _ = template % values
    with pytest.raises(type(native.value)) as ours:
        percent_format(ctx, template, values)
    assert str(ours.value) == str(native.value)


@pytest.mark.parametrize(
    "call",
    [
        lambda ctx: format_value(ctx, 1, ">999999999"),
        lambda ctx: format_value(ctx, 1.5, ".99999999f"),
        lambda ctx: format_value(ctx, "x", "^99999999999999999999"),
        lambda ctx: str_format(ctx, "{:>{}}", (1, 10**8), {}),
        lambda ctx: percent_format(ctx, "%999999999d", (1,)),
        lambda ctx: percent_format(ctx, "%.*f", (10**8, 1.0)),
        lambda ctx: str_format(ctx, "{0}{0}{0}", ("x" * 400_000,), {}),
    ],
)
def test_widths_and_lengths_are_checked_before_formatting(ctx: RunContext, call: Any) -> None:
    with pytest.raises(PtcLimitError) as info:
        call(ctx)
    assert info.value.limit == "max_string_length"
