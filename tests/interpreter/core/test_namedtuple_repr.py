"""namedtuple reprs are written by the size-checked repr writer, with CPython's text."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

PROGRAM = """
import collections
P = collections.namedtuple("P", "x y")
p = P(1, [2, "a"])
q = P([], 3)
q.x.append(q)
print(p, str(p), f"{p!r:>30}", [p], {"k": p})
(repr(p), repr(q), str(q))
"""


async def test_namedtuple_repr_and_str_match_cpython() -> None:
    await assert_same_as_cpython(PROGRAM)


async def test_an_oversized_namedtuple_repr_stops_before_it_is_built() -> None:
    code = (
        "import collections\n"
        "P = collections.namedtuple('P', ['a' + str(i) for i in range(100)])\n"
        "repr(P(*['x' * 999_999] * 100))\n"
    )
    with pytest.raises(ptc_interpreter.PtcLimitError):
        await ptc_interpreter.run(code)
