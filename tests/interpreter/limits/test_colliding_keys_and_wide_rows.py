"""Native work a program can make quadratic without running code of its own: colliding keys, wide rows.

A program class with its own `__hash__` and no `__eq__` compares colliding keys by identity in C,
so nothing the program runs is charged while a set or dict of such keys probes quadratically. The
interpreter's identity `__eq__` for those classes costs a step per comparison; equality itself is
CPython's (the bomb runs in tests/interpreter/test_bombs.py, `constant-hash-identity-eq-set`).
"""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_interpreter.limits import Limits
from ptc_reference import assert_same_as_cpython

CONSTANT_HASH = """
class K:
    def __hash__(self):
        return 7
"""


async def test_identity_equality_of_a_hash_only_class_is_cpythons() -> None:
    await assert_same_as_cpython(
        CONSTANT_HASH + "a, b = K(), K()\n"
        "[a == b, a == a, a != b, a != a, a in [b, a], len({a, b, a}), {a: 1, b: 2}[b], a == 7, 7 == a]\n"
    )


async def test_colliding_keys_spend_the_step_budget() -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError) as raised:
        await ptc_interpreter.run(
            CONSTANT_HASH + "s = set()\nfor _ in range(2_000):\n    s.add(K())\n",
            limits=Limits(max_steps=100_000),
        )
    assert raised.value.limit == "max_steps"


async def test_a_class_with_its_own_eq_keeps_it() -> None:
    await assert_same_as_cpython(
        CONSTANT_HASH.replace("return 7", "return 7\n    def __eq__(self, other):\n        return True")
        + "len({K(), K(), K()})\n"
    )


async def test_a_wide_zip_gives_cpythons_rows() -> None:
    # Beyond 16 inputs each row is charged by its width (runtime/lazy.py); the rows are CPython's.
    await assert_same_as_cpython(
        "rows = [list(range(i, i + 20)) for i in range(20)]\n[t[:3] for t in zip(*rows)][:4]"
    )
