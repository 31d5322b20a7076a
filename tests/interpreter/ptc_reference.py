"""Run a program under real CPython and under the interpreter, producing comparable outcomes.

CPython is the reference for the differential tests. The test programs are trusted (they are files
in this repository), so the CPython side compiles them with top-level await allowed and runs them
as the `__main__` module, as the interpreter does, with the tools injected as globals; the last
expression statement's value is captured by rewriting it into an assignment. The interpreter side
goes through the public API only.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import contextvars
import io
import random
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import ptc_interpreter
from ptc_interpreter.runtime.values import FrozenOrderedSet, OrderedSet

RESULT_NAME = "__ptc_reference_result__"
RUN_TIMEOUT_S = 30
"""A hung interpreter run fails its test instead of hanging the session."""


@dataclass
class Outcome:
    """What a program run produced: its value and stdout, or the type name of its uncaught exception."""

    value: Any
    stdout: str
    exc_type: str | None
    message: str | None = None


def _capture_last_expression(source: str) -> ast.Module:
    tree = ast.parse(source)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        assign = ast.Assign(targets=[ast.Name(id=RESULT_NAME, ctx=ast.Store())], value=last.value)
        tree.body[-1] = ast.copy_location(assign, last)
        ast.fix_missing_locations(tree)
    return tree


async def run_cpython(
    source: str, tools: Mapping[str, Callable[..., Awaitable[Any]]], seed: int = 0
) -> Outcome:
    """Run `source` natively as the reference (trusted test programs only)."""
    code = compile(
        _capture_last_expression(source),
        "<program>",
        "exec",
        flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
        dont_inherit=True,
    )
    namespace: dict[str, Any] = {"__name__": "__main__", **tools}
    stdout = io.StringIO()
    random.seed(seed)
    try:
        # Each program in its own, empty context variables, as in a fresh process: a decimal
        # context one program sets is not the next one's.
        variables = contextvars.Context()
        with contextlib.redirect_stdout(stdout):
            maybe_coroutine = variables.run(eval, code, namespace)
            if maybe_coroutine is not None:
                await asyncio.create_task(maybe_coroutine, context=variables)
    except Exception as error:
        return Outcome(None, stdout.getvalue(), type(error).__name__, str(error))
    return Outcome(namespace.get(RESULT_NAME), stdout.getvalue(), None)


async def run_interpreter(
    source: str,
    tools: Mapping[str, Callable[..., Awaitable[Any]]],
    limits: ptc_interpreter.Limits | None = None,
) -> tuple[Outcome, Any]:
    """Run `source` through the public API; returns the outcome and the raw result (or error)."""
    try:
        result = await asyncio.wait_for(
            ptc_interpreter.run(source, tools=dict(tools), limits=limits or ptc_interpreter.Limits()),
            timeout=RUN_TIMEOUT_S,
        )
    except ptc_interpreter.PtcRuntimeError as error:
        return Outcome(None, "", error.exc_type, error.message), error
    except ptc_interpreter.PtcError as error:
        return Outcome(None, "", f"<{type(error).__name__}>", str(error)), error
    return Outcome(result.value, result.stdout, None), result


def is_set_like(value: object) -> bool:
    return isinstance(value, (set, frozenset, OrderedSet, FrozenOrderedSet))


def differences(expected: object, actual: object, path: str = "value") -> Iterable[str]:
    """Structural differences between two program values; sets compare by content, dicts by key order too."""
    if is_set_like(expected):
        if not is_set_like(actual):
            yield f"{path}: expected a set, got {type(actual).__name__}"
        elif set(expected) != set(actual):  # type: ignore[arg-type]
            yield f"{path}: {expected!r} != {actual!r}"
        return
    if type(expected) is not type(actual):
        yield f"{path}: expected {type(expected).__name__} {expected!r}, got {type(actual).__name__} {actual!r}"
        return
    if isinstance(expected, dict):
        assert isinstance(actual, dict)
        if list(expected) != list(actual):  # type: ignore[arg-type]
            yield f"{path}: keys {list(expected)!r} != {list(actual)!r}"  # type: ignore[arg-type]
            return
        for key, value in expected.items():  # type: ignore[union-attr]
            yield from differences(value, actual[key], f"{path}[{key!r}]")
    elif isinstance(expected, (list, tuple)):
        assert isinstance(actual, (list, tuple))
        if len(expected) != len(actual):  # type: ignore[arg-type]
            yield f"{path}: length {len(expected)} != {len(actual)}: {expected!r} vs {actual!r}"  # type: ignore[arg-type]
            return
        for index, (e, a) in enumerate(zip(expected, actual, strict=True)):  # type: ignore[arg-type]
            yield from differences(e, a, f"{path}[{index}]")
    elif expected != actual:
        yield f"{path}: {expected!r} != {actual!r}"


async def assert_same_as_cpython(
    source: str, tools: Mapping[str, Callable[..., Awaitable[Any]]] | None = None, *, may_raise: bool = False
) -> None:
    """The interpreter gives CPython's exception type, or else its value and stdout.

    Unless `may_raise`, CPython must finish the program: one written for its value that raises under
    both would otherwise pass on the exception type alone."""
    expected = await run_cpython(source, tools or {})
    assert may_raise or expected.exc_type is None, f"CPython raised {expected.exc_type}: {expected.message}"
    actual, _ = await run_interpreter(source, tools or {})
    assert actual.exc_type == expected.exc_type, (actual, expected)
    if expected.exc_type is None:
        assert actual.value == expected.value, (actual.value, expected.value)
        assert actual.stdout == expected.stdout
