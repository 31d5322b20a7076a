"""The scheduler and the asyncio shim on the cases the fuzzer found hard; each test names the section
of docs/semantics.md it checks and, where one exists, the example in fuzz/regressions."""

from __future__ import annotations

import asyncio
from typing import Any

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, LocalHost, PtcLimitError, PtcRuntimeError
from ptc_reference import assert_same_as_cpython


async def fetch(key: str) -> int:
    await asyncio.sleep(0.01)
    return {"c1": 7, "c2": 9}[key]


TOOLS = {"fetch": fetch}


async def test_3_1_gather_create_task_and_wait_for_accept_sleep_and_wait_for() -> None:
    """§3.1/§3.2/§3.3: the shim's own awaitables (`sleep`, `wait_for`) become tasks like coroutines
    (fuzz/regressions/gather-of-sleep.json)."""
    await assert_same_as_cpython(
        "import asyncio\n"
        "a = await asyncio.gather(asyncio.sleep(0.01, 5), fetch('c1'))\n"
        "t = asyncio.create_task(asyncio.sleep(0, 'x'))\n"
        "b = await asyncio.gather(asyncio.wait_for(fetch('c2'), 5), asyncio.wait_for(asyncio.sleep(0, 3), 5))\n"
        "c = await asyncio.wait_for(asyncio.sleep(0, 4), 5)\n"
        "[a, await t, b, c]",
        TOOLS,
    )


async def test_3_1_gather_future_has_the_future_api() -> None:
    """§3.1: a gather is a Future: `done()`, `result()`, `exception()`, `cancelled()`, `cancel()`
    (fuzz/regressions/gather-future-lacks-result.json)."""
    await assert_same_as_cpython(
        "import asyncio\n"
        "f = asyncio.gather(fetch('c1'), fetch('c2'))\n"
        "before = f.done()\n"
        "await f\n"
        "g = asyncio.gather(fetch('c1'))\n"
        "cancelled_now = g.cancel()\n"
        "try:\n"
        "    await g\n"
        "except asyncio.CancelledError:\n"
        "    pass\n"
        "[before, f.done(), f.result(), f.exception(), f.cancelled(), cancelled_now]",
        TOOLS,
    )


async def test_3_5_body_error_leaves_a_taskgroup_as_an_exception_group() -> None:
    """§3.5: an exception leaving the body cancels the tasks and joins the group's errors
    (fuzz/regressions/taskgroup-body-error-not-grouped.json)."""
    await assert_same_as_cpython(
        "import asyncio\n"
        "log = []\n"
        "async def slow():\n"
        "    try:\n"
        "        await asyncio.sleep(1)\n"
        "    finally:\n"
        "        log.append('child cancelled')\n"
        "try:\n"
        "    async with asyncio.TaskGroup() as tg:\n"
        "        tg.create_task(slow())\n"
        "        await asyncio.sleep(0)\n"
        "        raise ValueError('body')\n"
        "except Exception as e:\n"
        "    log.append((type(e).__name__, str(e), [repr(x) for x in e.exceptions]))\n"
        "log",
        TOOLS,
    )


async def test_3_5_child_failure_cancels_the_body_and_groups_every_error() -> None:
    """§3.5: the first failing child cancels its siblings and the body (at its await); the group
    raises one ExceptionGroup with the failures in order, and code after the block runs."""
    await assert_same_as_cpython(
        "import asyncio\n"
        "log = []\n"
        "async def boom(msg, delay):\n"
        "    await asyncio.sleep(delay)\n"
        "    raise KeyError(msg)\n"
        "try:\n"
        "    async with asyncio.TaskGroup() as tg:\n"
        "        tg.create_task(boom('a', 0.01))\n"
        "        tg.create_task(asyncio.sleep(5))\n"
        "        try:\n"
        "            await asyncio.sleep(5)\n"
        "        except asyncio.CancelledError:\n"
        "            log.append('body cancelled')\n"
        "            raise\n"
        "except ExceptionGroup as eg:\n"
        "    log.append([type(x).__name__ for x in eg.exceptions])\n"
        "await asyncio.sleep(0)\n"
        "log.append('after')\n"
        "log",
        TOOLS,
    )


async def test_5_1_tasks_ready_when_main_finishes_are_cancelled_not_run_on() -> None:
    """§3.2/§5.1: a task yielding with `sleep(0)` forever, or ready to issue a call, is cancelled at
    its next suspension point once the main program finished; its `finally` runs
    (fuzz/regressions/finished-program-spins-on-yielding-task.json)."""
    calls: list[str] = []

    async def record(key: str) -> str:
        calls.append(key)
        return key

    result = await ptc_interpreter.run(
        "import asyncio\n"
        "log = []\n"
        "async def spin():\n"
        "    try:\n"
        "        while True:\n"
        "            await asyncio.sleep(0)\n"
        "    finally:\n"
        "        log.append('spin cancelled')\n"
        "async def late():\n"
        "    await asyncio.sleep(0)\n"
        "    await record('late')\n"
        "t = asyncio.create_task(spin())\n"
        "u = asyncio.create_task(late())\n"
        "await asyncio.sleep(0)\n"
        "log",
        tools={"record": record},
    )
    assert result.value == ["spin cancelled"]
    assert calls == []


async def test_5_2_a_finished_program_ignores_failures_of_its_cancelled_tasks() -> None:
    """§3.2: the outcome of leftover tasks does not change the result."""
    result = await ptc_interpreter.run(
        "import asyncio\n"
        "async def fail_on_cancel():\n"
        "    try:\n"
        "        await asyncio.sleep(5)\n"
        "    finally:\n"
        "        raise ValueError('ignored')\n"
        "t = asyncio.create_task(fail_on_cancel())\n"
        "await asyncio.sleep(0)\n"
        "42",
    )
    assert result.value == 42


async def test_4_4_isqrt_gcd_lcm_of_big_ints_are_charged_by_size() -> None:
    """§4.4: natives whose cost grows with their operands charge by size, not one step per call
    (the `cpu-isqrt-loop` bomb); small operands stay one call's worth."""
    loop = "import math\nn = 0\nwhile n < 1000:\n    y = math.{call}\n    n += 1\nn"
    limits = Limits(max_steps=50_000)
    for call in ("isqrt(a)", "gcd(a, a - 2)", "lcm(a, 3)"):
        with pytest.raises(PtcLimitError):
            await ptc_interpreter.run("a = 2**4000 - 1\n" + loop.format(call=call), limits=limits)
        small = await ptc_interpreter.run("a = 10**12 + 39\n" + loop.format(call=call), limits=limits)
        assert small.value == 1000


class _PrintRecordingHost(LocalHost):
    """A `LocalHost` that is also an `OutputObserver`."""

    def __init__(self, tools: dict[str, Any]) -> None:
        super().__init__(tools)
        self.printed: list[str] = []

    def on_stdout(self, text: str) -> None:
        self.printed.append(text)


async def test_5_2_a_failed_run_reports_what_it_printed() -> None:
    """§5.2: the error of a failed run carries the output printed before the failure."""
    with pytest.raises(PtcRuntimeError) as failure:
        await ptc_interpreter.run("print('before')\nprint('again', end='')\n1 / 0")
    assert failure.value.stdout == "before\nagain"
    with pytest.raises(PtcLimitError) as limit:
        await ptc_interpreter.run("print('x')\nwhile True:\n    pass", limits=Limits(max_steps=1000))
    assert limit.value.stdout == "x\n"


async def test_3_4_a_cancelled_run_hands_its_output_to_an_observing_host() -> None:
    """§3.4: a cancelled run re-raises CancelledError; a host with `on_stdout` has seen everything
    printed, including by the `finally` blocks that ran while unwinding."""
    started = asyncio.Event()

    async def wait_forever() -> None:
        started.set()
        await asyncio.sleep(3600)

    tools = {"wait_forever": wait_forever}
    host = _PrintRecordingHost(tools)
    run = asyncio.create_task(
        ptc_interpreter.run(
            "print('start')\ntry:\n    await wait_forever()\nfinally:\n    print('cleanup')",
            tools=tools,
            host=host,
        )
    )
    await asyncio.wait_for(started.wait(), 10)
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    assert "".join(host.printed) == "start\ncleanup\n"


async def test_4_4_default_budget_stops_the_costliest_measured_op_mix() -> None:
    """§4.4: under the default limits, a `str.format` loop (the costliest ordinary mix measured,
    ~1.5 µs per step) runs out of steps after `max_steps`, i.e. within about half a second of CPU."""
    with pytest.raises(PtcLimitError) as stopped:
        await ptc_interpreter.run("n = 0\nwhile True:\n    s = '{:>10}'.format(n)\n    n += 1")
    assert stopped.value.limit == "max_steps"
    assert Limits().max_steps * 1.5e-6 <= 0.5


async def test_3_5_a_failure_just_before_the_body_ends_is_grouped() -> None:
    """§3.5: a task that failed while the body was still running, whose completion was not yet
    processed when the block exits, is in the group's errors
    (fuzz/regressions/taskgroup-exit-misses-queued-failure.json)."""
    await assert_same_as_cpython(
        "import asyncio\n"
        "async def h0():\n"
        "    await asyncio.sleep(0)\n"
        "    raise ValueError('r1')\n"
        "try:\n"
        "    async with asyncio.TaskGroup() as g:\n"
        "        g.create_task(h0())\n"
        "        await asyncio.sleep(0)\n"
        "        await asyncio.sleep(0)\n"
        "except ExceptionGroup as eg:\n"
        "    caught = [repr(e) for e in eg.exceptions]\n"
        "caught",
        TOOLS,
    )


async def test_3_3_wait_for_cancelled_after_its_awaitable_completed_returns_that_outcome() -> None:
    """§3.3: cancelling a task in `wait_for` whose awaitable already failed raises that failure;
    here the TaskGroup then groups both errors (fuzz/regressions/wait-for-cancelled-after-inner-done.json)."""
    await assert_same_as_cpython(
        "import asyncio\n"
        "async def h0(k):\n"
        "    await asyncio.sleep(0)\n"
        "    raise ValueError(k)\n"
        "try:\n"
        "    async with asyncio.TaskGroup() as g:\n"
        "        g.create_task(h0('a'))\n"
        "        await asyncio.wait_for(h0('b'), timeout=1)\n"
        "except ExceptionGroup as eg:\n"
        "    caught = [repr(e) for e in eg.exceptions]\n"
        "caught",
        TOOLS,
    )
