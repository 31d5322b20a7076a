"""A generator the program leaves suspended runs none of its code after the run ends: when it is
collected, CPython closes it with GeneratorExit, and an `except BaseException:` in it would otherwise
run program code (and raise limit errors) inside whatever the process does next, even corrupting
an unrelated `ast.parse` in progress."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from typing import Any

import ptc_interpreter
import pytest

_CATCHES_CLOSE = """
def g():
    try:
        yield 1
    except BaseException:
        pass
    while True:
        pass
kept = g()
next(kept)
"""


@pytest.fixture
def unraisable() -> Iterator[list[Any]]:
    seen: list[Any] = []
    previous = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        yield seen
    finally:
        sys.unraisablehook = previous


async def test_generator_left_by_a_stopped_run_runs_no_program_code(unraisable: list[Any]) -> None:
    limits = ptc_interpreter.Limits(max_steps=20_000)
    with pytest.raises(ptc_interpreter.PtcLimitError):
        await ptc_interpreter.run(_CATCHES_CLOSE + "while True:\n    pass", limits=limits)
    gc.collect()
    assert unraisable == []
