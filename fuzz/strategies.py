"""Hypothesis strategies for model-style async programs and their call-site scripts.

`programs()` draws a `Program` (see `ir`): helpers and a main body built from awaited tool calls
and spawns, nested `gather` with and without `return_exceptions`, `create_task` with a later (or
no) `await`, `wait_for` with timeouts, sleeps, `try`/`except`/`finally`, loops, early returns and
raises. Each call site carries its `Script` (value, delay, retryable failures, failure for good,
rejected input). `cases()` renders a drawn program to a `properties.Case`.

Helpers always begin with an awaited call or sleep: a coroutine that fails before it first
suspends would fail at the very instant its siblings start, a tie whose outcome the documented
semantics do not fix (see `simhost` for how all other instants are kept distinct).

Strategies are built once per shape (`functools.cache`): building them per draw costs more than
running the program.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import strategies as st

from . import ir
from .properties import Case
from .simhost import MAX_ATTEMPTS, Script

Features = frozenset[str]

scripts = st.builds(
    Script,
    delay=st.integers(0, 4),
    value=st.integers(0, 99),
    mode=st.sampled_from(["ok", "ok", "ok", "retry", "fatal", "invalid"]),
    failures=st.integers(0, MAX_ATTEMPTS),
)

ALL_FEATURES: Features = frozenset({"gather", "wait_for", "tasks", "raise", "spawn", "structured"})
"""What the generator uses (`structured`: `asyncio.TaskGroup` and `asyncio.timeout` blocks). Also:
- `sets`: iteration over a set of strings — for the determinism property only (CPython iterates
  sets in hash order, the interpreter in insertion order);
- `zero_sleeps`: `asyncio.sleep(0)` (a yield), off by default while the program's end does not
  cancel ready tasks at once (fuzz/regressions/finished-program-spins-on-yielding-task.json);
- `sleep_tasks`: `asyncio.sleep(...)` as a gather child, task or `wait_for` argument, off by
  default while the interpreter rejects it (fuzz/regressions/gather-of-sleep.json)."""


OPEN_BUGS: dict[str, Features] = {
    "differential": frozenset(),
    "determinism": frozenset(),
    "cancellation": frozenset(),
}
"""Features left out of the default profiles while the regression example named here fails: each
would make every run re-find the same bug. Remove an entry once its example passes."""


@cache
def tool_calls(allow_spawn: bool) -> st.SearchStrategy[ir.ToolAw]:
    tools = st.sampled_from(["fetch", "fetch", "fetch", "spawn"]) if allow_spawn else st.just("fetch")
    return st.builds(ir.ToolAw, script=scripts, tool=tools)


sleeps = st.builds(ir.SleepAw, seconds=st.integers(1, 3), result=st.integers(0, 9))
zero_sleeps = st.builds(ir.SleepAw, seconds=st.integers(0, 3), result=st.integers(0, 9))


@cache
def awaitables(depth: int, helpers: int, features: Features, direct: bool) -> st.SearchStrategy[Any]:
    """What can be awaited; `direct` when it is awaited on the spot rather than run as a task."""
    options: list[st.SearchStrategy[Any]] = [tool_calls("spawn" in features)]
    if direct or "sleep_tasks" in features:
        options.append(zero_sleeps if "zero_sleeps" in features else sleeps)
    if helpers:
        options.append(st.builds(ir.HelperAw, helper=st.integers(0, helpers - 1)))
    if depth > 0 and "gather" in features:
        options.append(
            st.builds(
                ir.GatherAw,
                items=st.lists(awaitables(depth - 1, helpers, features, False), min_size=1, max_size=4).map(
                    tuple
                ),
                return_exceptions=st.booleans(),
            )
        )
    return st.one_of(options)


def _try(t: ir.Try) -> ir.Try:
    return t if t.handler is not None or t.final else ir.Try(t.body, None, (), True)


@cache
def statements(depth: int, helpers: int, in_helper: bool, features: Features) -> st.SearchStrategy[Any]:
    direct = awaitables(min(depth, 2), helpers, features, True)
    as_task = awaitables(min(depth, 2), helpers, features, False)
    options: list[st.SearchStrategy[Any]] = [
        st.builds(ir.AwaitStmt, aw=direct, keep=st.booleans()),
        st.just(ir.Print()),
    ]
    if "wait_for" in features:
        options.append(st.builds(ir.WaitFor, aw=as_task, timeout=st.integers(1, 6), catch=st.booleans()))
    if "raise" in features:
        options.append(st.just(ir.Raise()))
    if in_helper:
        options.append(st.just(ir.Return()))
    if depth > 0:
        inner = statements(depth - 1, helpers, in_helper, features)
        body = st.lists(inner, min_size=1, max_size=3).map(tuple)
        if "tasks" in features:
            options.append(
                st.builds(
                    ir.Tasks,
                    aws=st.lists(as_task, min_size=1, max_size=3).map(tuple),
                    body=st.lists(inner, max_size=2).map(tuple),
                    awaited=st.lists(st.booleans(), min_size=3, max_size=3).map(tuple),
                )
            )
        options.append(
            st.builds(
                ir.Try,
                body=body,
                handler=st.sampled_from(["Exception", "ToolError", "TimeoutError", None]),
                handler_body=st.lists(inner, max_size=1).map(tuple),
                final=st.booleans(),
            ).map(_try)
        )
        options.append(st.builds(ir.Loop, count=st.integers(0, 3), body=body))
        if "structured" in features:
            options.append(
                st.builds(
                    ir.Group,  # TaskGroup.create_task takes coroutines only (no gather futures)
                    aws=st.lists(
                        awaitables(0, helpers, features - {"sleep_tasks"}, False), min_size=1, max_size=3
                    ).map(tuple),
                    body=st.lists(inner, max_size=2).map(tuple),
                )
            )
            options.append(st.builds(ir.TimeoutBlock, seconds=st.integers(1, 6), body=body))
        if "sets" in features:
            names = st.lists(
                st.sampled_from(["ab", "cd", "ef", "gh", "ij", "kl"]), min_size=2, max_size=5, unique=True
            ).map(tuple)
            options.append(st.builds(ir.SetLoop, names=names, body=body))
    return st.one_of(options)


@cache
def helper_bodies(index: int, features: Features) -> st.SearchStrategy[tuple[Any, ...]]:
    first = st.one_of(
        st.builds(ir.AwaitStmt, aw=tool_calls("spawn" in features), keep=st.booleans()),
        st.builds(
            ir.AwaitStmt,
            aw=st.builds(ir.SleepAw, seconds=st.integers(0 if "zero_sleeps" in features else 1, 2)),
            keep=st.just(False),
        ),
    )
    rest = st.lists(statements(2, index, True, features), max_size=3)
    return st.tuples(first, rest).map(lambda pair: (pair[0], *pair[1]))


@st.composite
def programs(draw: st.DrawFn, features: Features = ALL_FEATURES, max_helpers: int = 3) -> ir.Program:
    helper_count = draw(st.integers(0, max_helpers))
    helpers = tuple(draw(helper_bodies(index, features)) for index in range(helper_count))
    body = draw(st.lists(statements(2, helper_count, False, features), min_size=1, max_size=5))
    return ir.Program(helpers, tuple(body))


def to_case(program: ir.Program, cancel_at_seconds: int | None = None) -> Case:
    rendered = ir.render(program)
    return Case(rendered.source, rendered.scripts, cancel_at_seconds)


def cases(features: Features = ALL_FEATURES) -> st.SearchStrategy[Case]:
    return programs(features).map(to_case)


def cancelled_cases(features: Features = ALL_FEATURES) -> st.SearchStrategy[Case]:
    return st.builds(to_case, programs(features), st.integers(0, 12))
