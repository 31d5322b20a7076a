"""Programs that cancel their own work, raise huge or tool-shaped errors, share references in their
results, parse huge floats, or storm `asyncio.wait` and sleeps: each ends as CPython would or in a
clean limit, never in an interpreter failure."""

from __future__ import annotations

import asyncio

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, PtcLimitError, PtcRuntimeError

# -- 1. a CancelledError of the program's own making is reported, not re-raised raw ----------------


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("import asyncio\nraise asyncio.CancelledError()", 2),
        ("import asyncio\nt = asyncio.create_task(asyncio.sleep(1))\nt.cancel()\nawait t", 4),
        ("import asyncio\nasyncio.current_task().cancel()\nawait asyncio.sleep(0)", 3),
        ("import asyncio\nclass A:\n    def __repr__(self):\n        raise asyncio.CancelledError()\nA()", 4),
        (
            "import asyncio\nasync def f():\n    await asyncio.sleep(5)\n"
            "t = asyncio.create_task(f())\nawait asyncio.sleep(0)\nt.cancel()\nawait t",
            3,
        ),
    ],
)
async def test_program_made_cancellation_is_a_runtime_error(code: str, line: int) -> None:
    with pytest.raises(PtcRuntimeError) as caught:
        await ptc_interpreter.run(code)
    assert caught.value.exc_type == "CancelledError"
    assert caught.value.line == line


async def test_program_may_still_catch_its_own_cancellation() -> None:
    code = (
        "import asyncio\nt = asyncio.create_task(asyncio.sleep(1))\nt.cancel()\n"
        "try:\n    await t\nexcept asyncio.CancelledError:\n    r = 'caught'\nr"
    )
    assert (await ptc_interpreter.run(code)).value == "caught"


async def test_caller_cancellation_while_aborting_after_a_limit_stays_raw() -> None:
    """§3.4/§5.2: the caller cancelled while a failed run settles its in-flight work: the caller's
    own CancelledError is what leaves `run`, not a report."""
    started = asyncio.Event()
    settling = asyncio.Event()

    async def stubborn() -> None:
        started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            settling.set()
            await asyncio.sleep(0.2)  # takes its time to settle

    code = (
        "import asyncio\nt = asyncio.create_task(stubborn())\nawait asyncio.sleep(0)\nwhile True:\n    pass"
    )
    run = asyncio.create_task(
        ptc_interpreter.run(code, tools={"stubborn": stubborn}, limits=Limits(max_steps=1000))
    )
    await asyncio.wait_for(started.wait(), 10)
    await asyncio.wait_for(settling.wait(), 10)
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(run, 10)
    await asyncio.sleep(0.3)  # let the stubborn tool finish


async def test_caller_cancellation_still_leaves_raw() -> None:
    started = asyncio.Event()

    async def slow() -> None:
        started.set()
        await asyncio.sleep(3600)

    code = "import asyncio\ntry:\n    await slow()\nexcept asyncio.CancelledError:\n    raise\n"
    run = asyncio.create_task(ptc_interpreter.run(code, tools={"slow": slow}))
    await asyncio.wait_for(started.wait(), 10)
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(run, 10)


# -- 2. a tool error's message never quotes host object reprs -----------------------------------------


class _HostThing:
    pass


class _HostError(Exception):
    pass


class _CustomStr(Exception):
    def __str__(self) -> str:
        return f"bad input_value={object()!r}"


async def _tool_error_text(error: BaseException) -> tuple[str, str]:
    """(str(e) as the program sees it, the report of the uncaught error)."""

    async def fail() -> None:
        raise error

    tools = {"fail": fail}
    caught = await ptc_interpreter.run(
        "try:\n    await fail()\nexcept Exception as e:\n    r = str(e)\nr", tools=tools
    )
    with pytest.raises(ptc_interpreter.PtcToolError) as report:
        await ptc_interpreter.run("await fail()", tools=tools)
    return caught.value, str(report.value)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (ValueError("no such user"), "no such user"),
        (KeyError("k"), "'k'"),
        (ValueError("bad", 3), "('bad', 3)"),
        (ValueError(["a", {"b": (1, None)}]), "['a', {'b': (1, None)}]"),
        (OSError(2, "No such file"), "[Errno 2] No such file"),
        (
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
            "'utf-8' codec can't decode byte 0xff in position 0: bad",
        ),
    ],
)
async def test_tool_error_message_of_plain_args_is_the_tools_message(
    error: BaseException, message: str
) -> None:
    text, report = await _tool_error_text(error)
    assert text == message == str(error)
    assert message in report


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (_HostError(_HostThing(), "x"), "(<_HostThing object>, 'x')"),
        (_HostError(lambda: 0), "<function object>"),
        (ValueError({"a": [1, _HostThing()]}), "{'a': [1, <_HostThing object>]}"),
        (_CustomStr(), "bad input_value=<object object>"),
    ],
)
async def test_tool_error_message_never_quotes_host_reprs(error: BaseException, message: str) -> None:
    text, report = await _tool_error_text(error)
    assert text == message
    assert message in report
    assert "0x" not in report


async def test_tool_error_with_huge_args_is_bounded() -> None:
    text, report = await _tool_error_text(ValueError(["x" * 1_000_000] * 5000))
    assert len(text) < 1000 and len(report) < 1000


# -- 3. the report of an exception with huge args is bounded before it is built ---------------------


@pytest.mark.parametrize(
    "code",
    [
        "raise ValueError(['x' * 999_999] * 99_999)",
        "assert False, ['x' * 999_999] * 99_999",
        "raise OSError(1, ['x' * 999_999] * 99_999)",
        "raise KeyError(['x' * 999_999] * 99_999)",
        "class E(Exception):\n    pass\nraise E(['x' * 999_999] * 99_999)",
    ],
)
async def test_huge_exception_message_is_not_rendered(code: str) -> None:
    with pytest.raises(PtcRuntimeError) as caught:
        await ptc_interpreter.run(code)
    assert "longer than 1000000 characters" in caught.value.message
    assert len(str(caught.value)) < 1000


async def test_ordinary_exception_messages_are_unchanged() -> None:
    for code, message in [
        ("raise ValueError('a', 2)", "('a', 2)"),
        ("raise KeyError('k')", "'k'"),
        ("raise ExceptionGroup('m', [ValueError(['x' * 999_999] * 99_999)])", "m (1 sub-exception)"),
        ("raise ValueError({1, 2})", "{1, 2}"),
        ("raise ValueError('x' * 100_000)", "x" * 100_000),
    ]:
        with pytest.raises(PtcRuntimeError) as caught:
            await ptc_interpreter.run(code)
        assert caught.value.message == message


# -- 4. the result's conversion is bounded before it copies shared references -----------------------


@pytest.mark.parametrize(
    "code",
    [
        "x = list(range(99_999))\n[x] * 300",
        "x = list(range(99_999))\n{i: x for i in range(300)}",
        "x = [1]\nfor i in range(40):\n    x = [x, x]\nx",
    ],
)
async def test_result_of_shared_references_is_stopped_before_copying(code: str) -> None:
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code)
    assert caught.value.limit == "max_result_chars"


@pytest.mark.parametrize(
    "value",
    ["[]", "[[]] * 3", "[(1,)]", "{1: {}}", "[1, [2, (3, {4: 5})], {6}, '']", "[0] * 99_999"],
)
async def test_result_exactly_at_the_limit_is_accepted(value: str) -> None:
    """The early bound never rejects a result whose repr fits: here the limit is the repr's length."""
    expected = (await ptc_interpreter.run(f"repr({value})")).value
    limits = Limits(max_result_chars=len(expected))
    result = await ptc_interpreter.run(value, limits=limits)
    assert repr(result.value) == expected
    with pytest.raises(PtcLimitError):
        await ptc_interpreter.run(value, limits=Limits(max_result_chars=len(expected) - 1))


# -- 5. float(str) is charged by the string's length -----------------------------------------------


async def test_float_of_a_long_string_is_charged_by_its_length() -> None:
    short = await ptc_interpreter.run("s = '1.5'\nfor _ in range(20):\n    float(s)")
    long = await ptc_interpreter.run("s = '0.' + '1' * 999_990\nfor _ in range(20):\n    float(s)")
    assert long.steps_used - short.steps_used >= 20 * 999_992 // 128 - 100
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run("s = '0.' + '1' * 999_990\nfor _ in range(3000):\n    float(s)")
    assert caught.value.limit == "max_steps"
    assert (await ptc_interpreter.run("float(b'2.5') + float(' 1 ')")).value == 3.5


# -- 6. asyncio.wait/gather/as_completed cost a step per awaitable; host timers are capped ----------


@pytest.mark.parametrize(
    "call",
    [
        "await asyncio.wait(ts)",
        "await asyncio.gather(*ts)",
        "asyncio.as_completed(ts)",
    ],
)
async def test_waiting_on_many_awaitables_costs_a_step_each(call: str) -> None:
    setup = "import asyncio\nts = [asyncio.create_task(asyncio.sleep(0)) for _ in range(500)]\nawait ts[-1]\n"
    base = await ptc_interpreter.run(setup)
    once = await ptc_interpreter.run(setup + call)
    assert once.steps_used - base.steps_used >= 500
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(setup + f"for _ in range(2000):\n    {call}")
    assert caught.value.limit == "max_steps"


async def test_wait_outcomes_are_unchanged() -> None:
    code = """
import asyncio
async def job(i, fail=False):
    await asyncio.sleep(0.001 * i)
    if fail:
        raise ValueError(i)
    return i
ts = [asyncio.create_task(job(i)) for i in range(1, 200)]
order = []
pending = ts
while pending:
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    order.extend(sorted(t.result() for t in done))
us = [asyncio.create_task(job(1)), asyncio.create_task(job(2, True)), asyncio.create_task(job(50))]
done, pending = await asyncio.wait(us, return_when=asyncio.FIRST_EXCEPTION)
first_exception = (len(done), len(pending))
done, pending = await asyncio.wait(us, timeout=0.01)
timed = (len(done), len(pending))
done, pending = await asyncio.wait(us)
[order == list(range(1, 200)), first_exception, timed, (len(done), len(pending))]
"""
    result = await ptc_interpreter.run(code)
    assert result.value == [True, (2, 1), (2, 1), (3, 0)]


async def test_tiny_sleep_storm_stops_at_max_timers() -> None:
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run("import asyncio\nwhile True:\n    await asyncio.sleep(1e-9)")
    assert caught.value.limit == "max_timers"
    assert caught.value.line == 3


@pytest.mark.parametrize(
    "timer",
    [
        "await asyncio.sleep(0.001)",
        "time.sleep(0.001)",
        "await asyncio.wait_for(asyncio.sleep(0), 1)",
        "await asyncio.wait([asyncio.sleep(0)], timeout=1)",
        "async with asyncio.timeout(1):\n        pass",
    ],
)
async def test_every_host_timer_counts_against_max_timers(timer: str) -> None:
    code = f"import asyncio, time\nfor _ in range(3):\n    {timer}\n"
    await ptc_interpreter.run(code, limits=Limits(max_timers=3))
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code, limits=Limits(max_timers=2))
    assert caught.value.limit == "max_timers"


async def test_zero_sleeps_are_not_timers() -> None:
    code = "import asyncio\nfor _ in range(50):\n    await asyncio.sleep(0)\n1"
    assert (await ptc_interpreter.run(code, limits=Limits(max_timers=0))).value == 1
