"""Focused tests for red-team findings fixed on branch fixA (issue 3): program-made cancellation,
tool error reports, huge exception messages, shared references in results, float parsing,
`asyncio.wait` and sleep storms."""

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
        "import asyncio\nt = asyncio.create_task(stubborn())\nawait asyncio.sleep(0)\n"
        "while True:\n    pass"
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


_ = PtcLimitError
