"""The concurrency rules of docs/semantics.md, one test (or a few) per section."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, LocalHost, PtcLimitError, PtcRuntimeError, PtcToolError
from ptc_interpreter.runtime.context import RunContext

Tool = Callable[..., Awaitable[Any]]


def delayed_echo(log: list[str]) -> Tool:
    async def echo(value: Any, delay: float = 0.0) -> Any:
        log.append(f"start {value}")
        try:
            if delay:
                await asyncio.sleep(delay)
        except asyncio.CancelledError:
            log.append(f"cancelled {value}")
            raise
        log.append(f"end {value}")
        return value

    return echo


async def test_1_3_and_3_1_gather_returns_in_argument_order_and_issues_in_order() -> None:
    log: list[str] = []
    result = await ptc_interpreter.run(
        "import asyncio\nawait asyncio.gather(echo(1, 0.03), echo(2, 0.01), echo(3, 0.02))",
        tools={"echo": delayed_echo(log)},
    )
    assert result.value == [1, 2, 3]
    assert [c.arguments["value"] for c in result.calls] == [1, 2, 3]
    assert [c.sequence for c in result.calls] == [0, 1, 2]
    assert log[:3] == ["start 1", "start 2", "start 3"]


async def test_3_1_first_failure_raises_at_once_and_siblings_keep_running() -> None:
    """As CPython's gather: the failure reaches the awaiting task at once; the siblings are not
    cancelled by it (here they finish their calls after it, then print), only by the program's end
    (§3.2). The siblings' calls are held until the failure is out, so no timing decides the order."""
    failed = asyncio.Event()
    log: list[str] = []

    async def echo(value: int) -> int:
        await failed.wait()
        await asyncio.sleep(0)
        log.append(f"end {value}")
        return value

    async def fail(message: str) -> None:
        failed.set()
        raise ValueError(message)

    code = """
import asyncio
async def guarded(n):
    try:
        return await echo(n)
    finally:
        print("settled", n)
try:
    await asyncio.gather(guarded(1), fail("boom"), guarded(2))
except ValueError as e:
    print("caught", e)
await asyncio.sleep(0.5)
"""
    host = LocalHost({"echo": echo, "fail": fail})
    result = await ptc_interpreter.run(code, host=host, tool_specs=[_spec("echo", echo), _spec("fail", fail)])
    first, *settled = result.stdout.splitlines()
    assert first == "caught boom"
    assert sorted(settled) == ["settled 1", "settled 2"]  # the host decides which call ends first
    assert sorted(log) == ["end 1", "end 2"]
    kinds = [(e.kind, e.call.tool) for e in host.events]
    assert kinds.count(("call_finished", "echo")) == 2


async def test_3_1_siblings_left_running_by_a_failed_gather_are_cancelled_when_the_program_ends() -> None:
    log: list[str] = []
    echo = delayed_echo(log)

    async def fail(message: str) -> None:
        await asyncio.sleep(0.005)
        raise ValueError(message)

    code = """
import asyncio
async def guarded(n):
    try:
        return await echo(n, 0.2)
    finally:
        print("settled", n)
try:
    await asyncio.gather(guarded(1), fail("boom"), guarded(2))
except ValueError as e:
    print("caught", e)
"""
    host = LocalHost({"echo": echo, "fail": fail})
    result = await ptc_interpreter.run(code, host=host, tool_specs=[_spec("echo", echo), _spec("fail", fail)])
    assert result.stdout == "caught boom\nsettled 1\nsettled 2\n"
    assert sorted(line for line in log if line.startswith("cancelled")) == ["cancelled 1", "cancelled 2"]
    kinds = [(e.kind, e.call.tool) for e in host.events]
    assert kinds.count(("call_cancelled", "echo")) == 2
    assert ("call_failed", "fail") in kinds


async def test_3_1_return_exceptions_cancels_nothing() -> None:
    log: list[str] = []

    async def fail() -> None:
        raise KeyError("missing")

    result = await ptc_interpreter.run(
        "import asyncio\nr = await asyncio.gather(echo(1, 0.01), fail(), return_exceptions=True)\n[type(x).__name__ for x in r]",
        tools={"echo": delayed_echo(log), "fail": fail},
    )
    assert result.value == ["int", "KeyError"]
    assert "end 1" in log


async def test_2_2_synchronous_tools_never_yield_to_the_event_loop() -> None:
    ticks = 0
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(0)

    async def echo(value: int) -> int:
        return value

    background = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    before = ticks
    result = await ptc_interpreter.run(
        "total = 0\nfor i in range(200):\n    total += await echo(i)\ntotal", tools={"echo": echo}
    )
    after = ticks
    stop.set()
    await background
    assert result.value == sum(range(200))
    assert after - before <= 1  # at most the loop turn that started the run


async def test_2_4_work_finishing_together_resumes_in_issue_order() -> None:
    futures: list[asyncio.Future[Any]] = []

    class BatchHost(LocalHost):
        def call_tool(self, call: ptc_interpreter.ToolCall) -> Awaitable[Any]:
            future = asyncio.get_running_loop().create_future()
            futures.append(future)
            if len(futures) == 3:  # resolve all three in one loop turn, in reverse order
                asyncio.get_running_loop().call_soon(lambda: [f.set_result(None) for f in reversed(futures)])
            return future

    async def step(name: str) -> None:
        return None

    code = """
import asyncio
order = []
async def work(name):
    await step(name)
    order.append(name)
await asyncio.gather(work("a"), work("b"), work("c"))
order
"""
    result = await ptc_interpreter.run(code, host=BatchHost({}), tool_specs=[_spec("step", step)])
    assert result.value == ["a", "b", "c"]


async def test_3_2_pending_tasks_are_cancelled_at_the_end_and_their_finally_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log: list[str] = []
    code = """
import asyncio
async def background():
    try:
        await echo("bg", 5)
    finally:
        print("background cleaned up")
asyncio.create_task(background())
await asyncio.sleep(0)
"done"
"""
    result = await ptc_interpreter.run(code, tools={"echo": delayed_echo(log)})
    assert result.value == "done"
    assert result.stdout == "background cleaned up\n"
    assert "cancelled bg" in log


async def test_3_3_wait_for_times_out_cancels_and_raises_timeout_error() -> None:
    log: list[str] = []
    code = """
import asyncio
try:
    await asyncio.wait_for(echo("slow", 5), 0.01)
except TimeoutError:
    outcome = "timeout"
fast = await asyncio.wait_for(echo("fast"), 5)
(outcome, fast)
"""
    result = await ptc_interpreter.run(code, tools={"echo": delayed_echo(log)})
    assert result.value == ("timeout", "fast")
    assert "cancelled slow" in log


async def test_3_3_timeout_block_turns_cancellation_into_timeout_error() -> None:
    log: list[str] = []
    code = """
import asyncio
try:
    async with asyncio.timeout(0.01):
        await echo("slow", 5)
    outcome = "finished"
except TimeoutError:
    outcome = "timed out"
async with asyncio.timeout(5):
    quick = await echo("quick")
(outcome, quick)
"""
    result = await ptc_interpreter.run(code, tools={"echo": delayed_echo(log)})
    assert result.value == ("timed out", "quick")
    assert "cancelled slow" in log


async def test_3_3_cancelling_a_task_cancels_what_it_awaits() -> None:
    log: list[str] = []
    code = """
import asyncio
t = asyncio.create_task(echo("inner", 5))
await asyncio.sleep(0.01)
t.cancel()
try:
    await t
except asyncio.CancelledError:
    state = "cancelled"
(state, t.cancelled(), t.done())
"""
    result = await ptc_interpreter.run(code, tools={"echo": delayed_echo(log)})
    assert result.value == ("cancelled", True, True)
    assert "cancelled inner" in log


async def test_3_4_outside_cancellation_runs_finally_settles_work_and_reraises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed: list[str] = []
    original = RunContext.write_stdout

    def tee(self: RunContext, text: str) -> None:
        printed.append(text)
        original(self, text)

    monkeypatch.setattr(RunContext, "write_stdout", tee)
    log: list[str] = []
    started = asyncio.Event()
    echo = delayed_echo(log)

    async def slow(value: str) -> str:
        started.set()
        return await echo(value, 10)

    code = """
import asyncio
try:
    await slow("a")
except asyncio.CancelledError:
    print("observed")
    await slow("b")  # cannot continue: cancelled again at once
finally:
    print("finally ran")
"""
    run = asyncio.create_task(ptc_interpreter.run(code, tools={"slow": slow}))
    await started.wait()
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    assert "".join(printed) == "observed\nfinally ran\n"
    assert log == ["start a", "cancelled a"]


async def test_4_1_tool_call_limit_is_not_catchable() -> None:
    async def echo(value: int) -> int:
        return value

    code = "n = 0\nfor i in range(10):\n    try:\n        n += await echo(i)\n    except Exception:\n        pass\nn"
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code, tools={"echo": echo}, limits=Limits(max_tool_calls=3))
    assert caught.value.limit == "max_tool_calls"
    assert caught.value.line == 4


async def test_4_2_concurrency_limit_queues_calls_in_issue_order() -> None:
    in_flight = 0
    peak = 0
    started: list[int] = []

    async def work(n: int) -> int:
        nonlocal in_flight, peak
        started.append(n)
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001 * (6 - n))
        in_flight -= 1
        return n

    result = await ptc_interpreter.run(
        "import asyncio\nawait asyncio.gather(*[work(i) for i in range(6)])",
        tools={"work": work},
        limits=Limits(max_concurrent_calls=2),
    )
    assert result.value == list(range(6))
    assert peak == 2
    assert started == list(range(6))
    assert [c.sequence for c in result.calls] == list(range(6))


async def test_4_3_task_limit() -> None:
    code = "import asyncio\nasync def f():\n    return 1\nawait asyncio.gather(*[f() for _ in range(20)])"
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code, limits=Limits(max_tasks=10))
    assert caught.value.limit == "max_tasks"


async def test_2_3_deadlock_is_reported() -> None:
    code = "import asyncio\nasync def wait_for_self():\n    await me\nme = asyncio.create_task(wait_for_self())\nawait me"
    with pytest.raises(PtcRuntimeError) as caught:
        await ptc_interpreter.run(code)
    assert "deadlock" in str(caught.value)


async def test_3_6_as_completed_yields_in_completion_order() -> None:
    log: list[str] = []
    code = """
import asyncio
out = []
for next_done in asyncio.as_completed([echo("slow", 0.4), echo("fast", 0.001), echo("mid", 0.15)]):
    out.append(await next_done)
out
"""
    result = await ptc_interpreter.run(code, tools={"echo": delayed_echo(log)})
    assert result.value == ["fast", "mid", "slow"]


async def test_3_6_wait_first_completed_leaves_the_rest_pending() -> None:
    log: list[str] = []
    code = """
import asyncio
tasks = [asyncio.create_task(echo(n, d)) for n, d in (("slow", 0.4), ("fast", 0.001))]
done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
first = [t.result() for t in done]
rest = len(pending)
done, pending = await asyncio.wait(tasks)
(first, rest, [t.result() for t in done], len(pending))
"""
    result = await ptc_interpreter.run(code, tools={"echo": delayed_echo(log)})
    assert result.value == (["fast"], 1, ["slow", "fast"], 0)


async def test_3_7_event_wakes_waiters_in_order() -> None:
    code = """
import asyncio
ev = asyncio.Event()
order = []
async def waiter(name):
    await ev.wait()
    order.append(name)
tasks = [asyncio.create_task(waiter(n)) for n in "abc"]
await asyncio.sleep(0)
ev.set()
await asyncio.gather(*tasks)
order
"""
    assert (await ptc_interpreter.run(code)).value == ["a", "b", "c"]


async def test_3_5_task_group_failure_cancels_siblings() -> None:
    log: list[str] = []

    async def fail() -> None:
        await asyncio.sleep(0.001)
        raise ValueError("bad")

    code = """
import asyncio
try:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(echo("long", 5))
        tg.create_task(fail())
except Exception as e:
    outcome = (type(e).__name__, [str(x) for x in e.exceptions] if False else str(e))
outcome
"""
    result = await ptc_interpreter.run(code, tools={"echo": delayed_echo(log), "fail": fail})
    assert result.value[0] == "ExceptionGroup"
    assert "cancelled long" in log


async def test_3_7_semaphore_bounds_a_section() -> None:
    inside = 0
    peak = 0

    async def work(n: int) -> int:
        nonlocal inside, peak
        inside += 1
        peak = max(peak, inside)
        await asyncio.sleep(0.001)
        inside -= 1
        return n

    code = """
import asyncio
sem = asyncio.Semaphore(2)
async def limited(n):
    async with sem:
        return await work(n)
await asyncio.gather(*[limited(i) for i in range(6)])
"""
    result = await ptc_interpreter.run(code, tools={"work": work})
    assert result.value == list(range(6))
    assert peak == 2


async def test_2_6_tool_errors_are_program_exceptions_without_host_objects() -> None:
    class QuotaExceeded(Exception):
        secret = "host state"

    async def limited() -> None:
        raise QuotaExceeded("quota of 5 exceeded")

    async def missing() -> None:
        raise KeyError("user 7")

    code = """
out = []
try:
    await limited()
except Exception as e:
    out.append((type(e).__name__, str(e)))
try:
    await missing()
except KeyError as e:
    out.append(("KeyError", str(e)))
out
"""
    result = await ptc_interpreter.run(code, tools={"limited": limited, "missing": missing})
    assert result.value == [("ToolError", "quota of 5 exceeded"), ("KeyError", "'user 7'")]
    with pytest.raises(PtcToolError) as caught:
        await ptc_interpreter.run("x = 1\nawait limited()", tools={"limited": limited})
    assert caught.value.tool == "limited"
    assert caught.value.line == 2
    assert "quota of 5 exceeded" in str(caught.value)


async def test_2_6_results_are_copied_program_values() -> None:
    shared = {"tags": {"b", "a"}, "items": [1, 2]}

    async def get() -> dict[str, Any]:
        return shared

    result = await ptc_interpreter.run(
        "d = await get()\nd['items'].append(3)\n(d['items'], sorted(d['tags']))", tools={"get": get}
    )
    assert result.value == ([1, 2, 3], ["a", "b"])
    assert shared["items"] == [1, 2]


def _spec(name: str, function: Tool) -> ptc_interpreter.ToolSpec:
    return ptc_interpreter.ToolSpec.from_callable(name, function)


async def test_3_4_outside_cancellation_at_any_point_settles_everything() -> None:
    async def slow(i: int, delay: float) -> int:
        await asyncio.sleep(delay)
        return i

    code = """
import asyncio
async def worker(i):
    try:
        return await asyncio.wait_for(slow(i, 0.002 * (i % 5)), 0.006)
    except TimeoutError:
        return -1
    finally:
        await asyncio.sleep(0)
background = asyncio.create_task(slow(99, 1))
try:
    out = await asyncio.gather(*[worker(i) for i in range(30)])
finally:
    print("end")
out
"""
    # Only this test's tasks count: the session's event loop may hold other tests' long-lived ones.
    earlier = asyncio.all_tasks()
    for step in range(15):
        run = asyncio.create_task(
            ptc_interpreter.run(code, tools={"slow": slow}, limits=Limits(max_concurrent_calls=7))
        )
        await asyncio.sleep(0.001 * step)
        run.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(run, 5)  # a hang would time out here
        await asyncio.sleep(0)
        leftovers = [t for t in asyncio.all_tasks() - earlier if t is not asyncio.current_task()]
        assert leftovers == [], step
