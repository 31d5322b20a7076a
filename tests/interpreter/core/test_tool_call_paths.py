"""A tool call that completes on its first step takes a shorter path than one that suspends (no
host task, no scheduler object, no generator per statement). Both must be indistinguishable to the
program and to the host: same value, output, calls, trace events, errors, positions and limits.

`run` without a host makes its own `LocalHost`, whose trace events nobody can read: the scheduler
builds none for it and calls its tool functions directly. That too must change nothing else."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, LocalHost, PtcError, PtcLimitError, ToolCall, TraceEvent

Tool = Callable[..., Awaitable[Any]]


def make_tools(suspend: bool | None) -> dict[str, Tool]:
    """Tools that suspend once per call (True), never (False), or every other call (None)."""
    calls = 0

    async def pause() -> None:
        nonlocal calls
        calls += 1
        if suspend or (suspend is None and calls % 2 == 0):
            await asyncio.sleep(0)

    async def echo(value: Any) -> Any:
        await pause()
        return value

    async def add(a: int, b: int = 10, *, scale: int = 1) -> int:
        await pause()
        return (a + b) * scale

    async def fail(message: str) -> None:
        await pause()
        raise ValueError(message)

    async def record(name: str) -> dict[str, Any]:
        await pause()
        return {"name": name, "tags": {"b", "a"}}

    async def opaque() -> object:
        await pause()
        return object()

    return {"echo": echo, "add": add, "fail": fail, "record": record, "opaque": opaque}


@dataclass
class Outcome:
    value: Any
    stdout: str | None
    calls: tuple[ToolCall, ...]
    events: list[TraceEvent]
    error: str | None
    error_line: int | None


async def run(code: str, *, suspend: bool | None, limits: Limits | None = None) -> Outcome:
    tools = make_tools(suspend)
    host = LocalHost(tools)
    try:
        result = await ptc_interpreter.run(code, tools=tools, host=host, limits=limits)
    except PtcError as error:
        calls = tuple(event.call for event in host.events if event.kind == "call_started")
        limit = f" [{error.limit}]" if isinstance(error, PtcLimitError) else ""
        return Outcome(None, error.stdout, calls, host.events, f"{error.kind}{limit}: {error}", error.line)
    return Outcome(result.value, result.stdout, result.calls, host.events, None, None)


async def run_own_host(code: str, *, suspend: bool | None, limits: Limits | None = None) -> Outcome:
    """`run` with no host; the calls of a failed run are not known then (no trace to read them from)."""
    try:
        result = await ptc_interpreter.run(code, tools=make_tools(suspend), limits=limits)
    except PtcError as error:
        limit = f" [{error.limit}]" if isinstance(error, PtcLimitError) else ""
        return Outcome(None, error.stdout, (), [], f"{error.kind}{limit}: {error}", error.line)
    return Outcome(result.value, result.stdout, result.calls, [], None, None)


async def assert_paths_agree(code: str, limits: Limits | None = None) -> Outcome:
    at_once = await run(code, suspend=False, limits=limits)
    assert at_once == await run(code, suspend=True, limits=limits)
    assert at_once == await run(code, suspend=None, limits=limits)
    for suspend in (False, True, None):
        own = await run_own_host(code, suspend=suspend, limits=limits)
        assert own == replace(at_once, calls=at_once.calls if at_once.error is None else (), events=[])
    return at_once


PROGRAMS = {
    "augmented assignment in a loop": """
total = 0
for i in range(5):
    total += await echo(i)
total
""",
    "assignment, expression statement and result": """
x = await echo([1, 2])
await echo("ignored")
x.append(3)
y = (await add(1, 2)) + (await add(3, b=4, scale=2))
print(x, y)
await echo((x, y))
""",
    "while, if and an async def": """
async def twice(v):
    first = await echo(v)
    return first + await echo(v)

out = []
n = 0
while n < 4:
    n += 1
    if n % 2:
        out.append(await twice(n))
    else:
        out.append(await echo(-n))
out
""",
    "converted results": """
r = await record("ann")
[r["name"], sorted(r["tags"]), type(r["tags"]).__name__]
""",
    "tool error caught": """
try:
    await fail("boom")
except ValueError as error:
    caught = str(error)
caught
""",
    "tool error uncaught, with its position": """
x = 1
await fail("boom")
""",
    "unusable result": """
await opaque()
""",
    "binding errors are reported before any call": """
await add(1, 2, 3)
""",
    "unknown keyword": """
await echo(value=1, other=2)
""",
    "coroutine awaited later": """
pending = echo(41)
x = await pending
x + 1
""",
    "break and continue around awaits": """
seen = []
for i in range(10):
    if i == 1:
        continue
    seen.append(await echo(i))
    if len(seen) == 3:
        break
else:
    seen.append("no break")
seen
""",
    "await in a loop's else and nested loops": """
acc = []
for i in range(2):
    for j in range(2):
        acc.append(await add(i, j))
else:
    acc.append(await echo("done"))
acc
""",
    "await in an if test and in both branches": """
out = []
for i in range(4):
    if await echo(i % 2):
        out.append(await echo("odd"))
    elif i:
        out.append(await echo("even"))
    else:
        out.append("zero")
out
""",
    "several awaits in one expression": """
pair = [await echo(1), await add(2)]
d = {"k": await echo(3), "j": (await echo(4)) * 2}
pair, d, (await echo(5), -(await echo(6)))
""",
    "augmented subscript and attribute targets": """
d = {"k": 1}
d["k"] += await echo(2)
class Box:
    pass
b = Box()
b.n = 10
b.n -= await echo(3)
d["k"], b.n
""",
    "error after a suspension keeps its line": """
x = await echo(1)
y = await echo(0)
print(x)
z = x / y
""",
    "while with break after an await": """
n = 0
while True:
    n += await echo(1)
    if n >= 3:
        break
n
""",
    "return of an awaited call inside try": """
async def f(v):
    try:
        return await echo(v)
    finally:
        print("finally", v)
[await f(1), await f(2)]
""",
    "eager and generator statements mixed in one block": """
out = []
for i in range(3):
    out.append(await echo(i))
    x = await echo(i * 10)
    try:
        y = await add(x)
    except ValueError:
        y = None
    if x > 10:
        continue
    out.append(y)
out
""",
    "calls with awaited arguments and receivers": """
import time
out = []
out.append(await echo(1))
print(await echo("p"), await echo("q"), sep=await echo("-"))
parts = (await echo("a,b,c")).split(await echo(","))
def f(*args, **kwargs):
    return [args, sorted(kwargs)]
r = f(0, *(await echo([1, 2])), k=await echo(3), **(await record("n")))
time.sleep(0)
len(await echo([4, 5]))
out, parts, r
""",
    "awaited if test with a generator branch": """
n = 0
for i in range(4):
    if await echo(i % 2):
        try:
            n += await add(i)
        except ValueError:
            pass
    elif (await echo(i)) > 1:
        n -= 1
n
""",
}


@pytest.mark.parametrize("code", PROGRAMS.values(), ids=PROGRAMS.keys())
async def test_completing_and_suspending_tools_agree(code: str) -> None:
    await assert_paths_agree(code)


async def test_trace_and_calls_of_the_fast_path() -> None:
    outcome = await assert_paths_agree("total = 0\nfor i in range(3):\n    total += await echo(i)\ntotal")
    assert outcome.value == 3
    assert [(c.tool, dict(c.arguments), c.sequence) for c in outcome.calls] == [
        ("echo", {"value": i}, i) for i in range(3)
    ]
    assert {(c.span.line, c.span.col, c.source_line) for c in outcome.calls} == {
        (3, 19, "    total += await echo(i)")
    }
    assert [(e.kind, e.call.sequence) for e in outcome.events] == [
        (kind, i) for i in range(3) for kind in ("call_started", "call_finished")
    ]


async def test_failed_call_is_traced_with_its_detail() -> None:
    outcome = await assert_paths_agree('await fail("boom")')
    assert outcome.error_line == 1
    assert [(e.kind, e.detail) for e in outcome.events] == [
        ("call_started", None),
        ("call_failed", "ValueError: boom"),
    ]


async def test_max_tool_calls_is_enforced_on_both_paths() -> None:
    outcome = await assert_paths_agree(
        "total = 0\nfor i in range(10):\n    total += await echo(i)", Limits(max_tool_calls=4)
    )
    assert outcome.error is not None and "[max_tool_calls]" in outcome.error
    assert len(outcome.calls) == 4
    assert outcome.error_line == 3


async def test_gather_issues_the_same_calls_on_both_paths() -> None:
    code = "import asyncio\nawait asyncio.gather(echo(1), add(2), echo([3]))"
    at_once = await run(code, suspend=False)
    suspending = await run(code, suspend=True)
    assert at_once.value == suspending.value == [1, 12, [3]]
    assert at_once.calls == suspending.calls
    # Calls that suspend finish after all of them started; the rest finish as they start.
    assert sorted(at_once.events, key=lambda e: (e.call.sequence, e.kind)) == sorted(
        suspending.events, key=lambda e: (e.call.sequence, e.kind)
    )


async def test_max_concurrent_calls_queues_on_both_paths() -> None:
    code = "import asyncio\nawait asyncio.gather(*[echo(i) for i in range(7)])"
    for suspend in (False, True):
        outcome = await run(code, suspend=suspend, limits=Limits(max_concurrent_calls=2))
        assert outcome.value == list(range(7))
        assert [c.sequence for c in outcome.calls] == list(range(7))
        running = 0
        for event in outcome.events:
            running += 1 if event.kind == "call_started" else -1
            assert running <= 2


async def test_steps_are_charged_the_same_on_both_paths() -> None:
    code = "total = 0\nfor i in range(20):\n    total += await echo(i)\ntotal"
    tools = make_tools(suspend=False)
    at_once = await ptc_interpreter.run(code, tools=tools)
    suspending = await ptc_interpreter.run(code, tools=make_tools(suspend=True))
    assert at_once.steps_used == suspending.steps_used
    outcome = await assert_paths_agree(code, Limits(max_steps=at_once.steps_used - 1))
    assert outcome.error is not None and "[max_steps]" in outcome.error


async def test_cancelling_a_task_waiting_on_a_suspended_call() -> None:
    code = """
import asyncio
async def slow():
    try:
        return await echo(1)
    except asyncio.CancelledError:
        print("cancelled")
        raise
task = asyncio.create_task(slow())
await asyncio.sleep(0)
task.cancel()
try:
    await task
except asyncio.CancelledError:
    print("seen")
"""
    outcome = await run(code, suspend=True)
    assert outcome.error is None
    assert [e.kind for e in outcome.events][-1] in ("call_cancelled", "call_finished")


@pytest.mark.parametrize("suspend", [False, True, None], ids=["at once", "suspending", "mixed"])
async def test_a_host_passed_in_sees_every_call_start_and_end(suspend: bool | None) -> None:
    code = PROGRAMS["eager and generator statements mixed in one block"]
    tools = make_tools(suspend)
    host = LocalHost(tools)
    result = await ptc_interpreter.run(code, tools=tools, host=host)
    assert len(result.calls) == 9
    for call in result.calls:
        assert [e.kind for e in host.events if e.call is call] == ["call_started", "call_finished"]
    assert len(host.events) == 2 * len(result.calls)


async def test_a_host_passed_in_sees_queued_calls() -> None:
    code = "import asyncio\nawait asyncio.gather(*[echo(i) for i in range(5)])"
    for suspend in (False, True):
        tools = make_tools(suspend)
        host = LocalHost(tools)
        limits = Limits(max_concurrent_calls=1)
        result = await ptc_interpreter.run(code, tools=tools, host=host, limits=limits)
        own = await ptc_interpreter.run(code, tools=make_tools(suspend), limits=limits)
        assert result.value == own.value == list(range(5))
        assert result.calls == own.calls
        assert [e.call.sequence for e in host.events if e.kind == "call_started"] == list(range(5))
        assert len(host.events) == 10


async def test_a_host_passed_in_runs_the_calls_not_the_tools_given_beside_it() -> None:
    async def echo(value: Any) -> Any:
        return value

    async def shout(value: Any) -> Any:
        return f"{value}!"

    result = await ptc_interpreter.run(
        "await echo('hi')", tools={"echo": echo}, host=LocalHost({"echo": shout})
    )
    assert result.value == "hi!"


async def test_calls_and_events_are_plain_frozen_dataclasses() -> None:
    """The scheduler builds them without their `__init__` (it is slow); they must not differ."""
    tools = make_tools(suspend=False)
    host = LocalHost(tools)
    result = await ptc_interpreter.run("await echo(1)", tools=tools, host=host)
    [call] = result.calls
    expected = ToolCall("echo", {"value": 1}, call.span, 0, "await echo(1)")
    assert type(call) is ToolCall and call == expected and hash(call.span) == hash(expected.span)
    assert repr(call) == repr(expected) and dataclasses.asdict(call) == dataclasses.asdict(expected)
    assert host.events == [TraceEvent("call_started", expected), TraceEvent("call_finished", expected)]
    assert all(type(event) is TraceEvent for event in host.events)
    with pytest.raises(dataclasses.FrozenInstanceError):
        call.tool = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        host.events[0].detail = "x"  # type: ignore[misc]


async def positional_only_tool(x: int, y: int = 2, /, *, z: int = 0) -> list[int]:
    return [x, y, z]


@pytest.mark.parametrize("host", [None, "passed in"])
async def test_positional_only_tool_parameters_reach_the_tool(host: str | None) -> None:
    """Calls bind to parameter names; a tool whose parameters are positional-only still gets them."""
    tools = {"pick": positional_only_tool}
    result = await ptc_interpreter.run(
        "[await pick(1), await pick(1, 5), await pick(x=3, z=1)]",
        tools=tools,
        host=ptc_interpreter.LocalHost(tools) if host else None,
    )
    assert result.value == [[1, 2, 0], [1, 5, 0], [3, 2, 1]]
