"""A standalone run (no workflow host) has a wall-clock `timeout`; a sleep never blocks the caller for
real. A run whose every task waits on a timer ending after the timeout fails at once with a
`PtcLimitError` naming the timeout; a run still going at the timeout (a hung tool) fails then. A host
without a `timeout` (the workflow host) keeps sleeps as its own timers, unlimited.

`GUARD_S` only keeps a regression from hanging the test session: it is far below the 60 s default,
so a run that waited for the deadline instead of failing at once still fails the test.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ptc_interpreter
import pytest
from ptc_interpreter import DEFAULT_STANDALONE_TIMEOUT, LocalHost, PtcLimitError, PtcRuntimeError
from ptc_interpreter.__main__ import main as cli_main
from ptc_interpreter.host import ToolCall, TraceEvent

GUARD_S = 20


async def run(code: str, **kwargs: Any) -> ptc_interpreter.RunResult:
    return await asyncio.wait_for(ptc_interpreter.run(code, **kwargs), GUARD_S)


async def hang() -> None:
    await asyncio.sleep(3600)


@pytest.mark.parametrize(
    "code",
    [
        "import asyncio\nawait asyncio.sleep(10**9)",
        "import time\ntime.sleep(1000)",
        "import asyncio\nawait asyncio.sleep(float('inf'))",
        "import asyncio\nawait asyncio.sleep(float('nan'))",  # a host loop's NaN timer never fires
        "import time\ntime.sleep(float('nan'))",
        "import asyncio\nawait asyncio.gather(asyncio.sleep(100), asyncio.sleep(10**6))",
        "import asyncio\nawait asyncio.wait_for(asyncio.Event().wait(), 10**6)",
        "import asyncio\nasync with asyncio.timeout(10**6):\n    await asyncio.Event().wait()",
        "import asyncio\nawait asyncio.wait([asyncio.create_task(asyncio.Event().wait())], timeout=10**6)",
    ],
)
async def test_a_wait_only_a_timer_past_the_timeout_can_end_fails_at_once(code: str) -> None:
    with pytest.raises(PtcLimitError) as failure:
        await run(code)
    assert failure.value.limit == "timeout"
    assert f"timeout of {DEFAULT_STANDALONE_TIMEOUT:g} s" in str(failure.value)
    assert "durable timer" in str(failure.value)  # the hint says where a long sleep belongs


async def test_the_report_names_the_timer_and_the_timeout_given() -> None:
    with pytest.raises(PtcLimitError) as failure:
        await run("import asyncio\nawait asyncio.sleep(0.5)", timeout=0.25)
    assert "timeout of 0.25 s" in str(failure.value)
    assert "a 0.5 s timer" in str(failure.value)


async def test_a_long_sleep_another_timer_cancels_in_time_is_no_failure() -> None:
    code = (
        "import asyncio\n"
        "try:\n"
        "    outcome = await asyncio.wait_for(asyncio.sleep(100), 0.01)\n"
        "except TimeoutError:\n"
        "    outcome = 'timed out'\n"
        "outcome"
    )
    assert (await run(code, timeout=5)).value == "timed out"


async def test_a_long_sleep_while_a_tool_call_is_in_flight_waits_for_the_call() -> None:
    async def quick() -> str:
        await asyncio.sleep(0.01)
        return "done"

    code = (
        "import asyncio\n"
        "sleeper = asyncio.create_task(asyncio.sleep(100))\n"
        "result = await quick()\n"
        "sleeper.cancel()\n"
        "result"
    )
    assert (await run(code, tools={"quick": quick}, timeout=5)).value == "done"


async def test_a_task_left_sleeping_when_the_program_ends_is_cancelled_not_waited_for() -> None:
    code = "import asyncio\nasyncio.create_task(asyncio.sleep(10**6))\n'main done'"
    assert (await run(code)).value == "main done"


async def test_sleeps_within_the_timeout_still_sleep() -> None:
    code = "import asyncio, time\nawait asyncio.sleep(0.01)\ntime.sleep(0.01)\n'slept'"
    assert (await run(code, timeout=5)).value == "slept"


async def test_a_hung_tool_call_fails_the_run_at_the_timeout() -> None:
    with pytest.raises(PtcLimitError) as failure:
        await run("await hang()", tools={"hang": hang}, timeout=0.2)
    assert failure.value.limit == "timeout"
    assert "took longer than its timeout of 0.2 s" in str(failure.value)


async def test_no_timeout_means_no_limit() -> None:
    assert (await run("import asyncio\nawait asyncio.sleep(0.01)\n1", timeout=None)).value == 1
    host = LocalHost({}, timeout=None)
    assert (await run("import asyncio\nawait asyncio.sleep(0.01)\n2", host=host)).value == 2


class TimerHost:
    """A host without a `timeout` whose timers end at once, as durable timers replay: sleeps of
    any length are the host's business, never refused."""

    def call_tool(self, call: ToolCall) -> Awaitable[Any]:
        raise AssertionError("no tools")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)

    def now(self) -> datetime:
        return datetime(2024, 1, 1, tzinfo=UTC)

    def random_seed(self) -> int:
        return 0

    def trace(self, event: TraceEvent) -> None:
        pass


async def test_a_host_without_a_timeout_keeps_long_sleeps_as_its_own_timers() -> None:
    code = "import asyncio, time\nawait asyncio.sleep(10**9)\ntime.sleep(10**6)\n'slept'"
    assert (await run(code, host=TimerHost())).value == "slept"


async def test_a_deadlock_is_still_reported_as_a_deadlock() -> None:
    with pytest.raises(PtcRuntimeError, match="deadlock"):
        await run("import asyncio\nawait asyncio.Event().wait()")


@pytest.mark.parametrize(
    ("timeout", "error"), [(0, ValueError), (-1, ValueError), (float("nan"), ValueError)]
)
def test_a_timeout_must_be_positive(timeout: float, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout must be positive"):
        LocalHost({}, timeout=timeout)


def test_a_timeout_must_be_a_number() -> None:
    with pytest.raises(TypeError, match="timeout must be a number of seconds or None, not str"):
        LocalHost({}, timeout="60")  # pyright: ignore[reportArgumentType]


async def test_a_timeout_for_a_given_host_belongs_to_the_host() -> None:
    with pytest.raises(TypeError, match=r"LocalHost\(timeout=...\)"):
        await ptc_interpreter.run("1", host=LocalHost({}), timeout=5)


def test_the_command_line_takes_a_timeout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program = tmp_path / "sleepy.py"
    program.write_text("import asyncio\nawait asyncio.sleep(30)\n")
    assert cli_main(["run", str(program), "--timeout", "5"]) == 1
    assert "timeout of 5 s" in capsys.readouterr().err
    program.write_text("import asyncio\nawait asyncio.sleep(0.01)\n'ok'\n")
    assert cli_main(["run", str(program), "--timeout", "0"]) == 0  # 0: no limit
    assert capsys.readouterr().out == "'ok'\n"
