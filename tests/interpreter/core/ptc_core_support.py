"""Helpers for the core interpreter tests: run a snippet under CPython and under the interpreter.

The CPython side runs trusted test snippets natively (top-level await allowed, last expression
captured) as the reference for the differential tests.
"""

from __future__ import annotations

import ast
import contextlib
import io
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import ptc_interpreter

_RESULT = "__core_result__"


@dataclass
class Outcome:
    value: Any
    stdout: str
    exc_type: str | None


async def native(source: str, tools: Mapping[str, Callable[..., Awaitable[Any]]] | None = None) -> Outcome:
    tree = ast.parse(source)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        tree.body[-1] = ast.copy_location(ast.Assign([ast.Name(_RESULT, ast.Store())], last.value), last)
        ast.fix_missing_locations(tree)
    code = compile(tree, "<snippet>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "__main__", **(tools or {})}
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            pending = eval(code, namespace)
            if pending is not None:
                await pending
    except Exception as error:
        return Outcome(None, out.getvalue(), type(error).__name__)
    return Outcome(namespace.get(_RESULT), out.getvalue(), None)


async def interpreted(
    source: str,
    tools: Mapping[str, Callable[..., Awaitable[Any]]] | None = None,
    limits: ptc_interpreter.Limits | None = None,
) -> Outcome:
    try:
        result = await ptc_interpreter.run(source, tools=tools, limits=limits)
    except ptc_interpreter.PtcRuntimeError as error:
        return Outcome(None, "", error.exc_type)
    return Outcome(result.value, result.stdout, None)


async def assert_same_as_cpython(
    source: str, tools: Mapping[str, Callable[..., Awaitable[Any]]] | None = None
) -> None:
    expected = await native(source, tools)
    actual = await interpreted(source, tools)
    assert actual.exc_type == expected.exc_type, (actual, expected)
    if expected.exc_type is None:
        assert actual.value == expected.value, (actual.value, expected.value)
        assert actual.stdout == expected.stdout
