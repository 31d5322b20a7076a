"""`heapq`, `bisect`, `operator` and `typing` shims: CPython's results, the program's own checks."""

from __future__ import annotations

import bisect
import heapq
import operator
import textwrap
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_reference import assert_same_as_cpython
from ptc_shims import Shims


def test_heapq_matches_cpython(shims: Shims) -> None:
    ours: list[int] = []
    theirs: list[int] = []
    for value in [5, 1, 4, 2, 8, 0]:
        shims.heapq.heappush(ours, value)
        heapq.heappush(theirs, value)
    assert ours == theirs
    assert shims.heapq.heappop(ours) == heapq.heappop(theirs)
    assert shims.heapq.heappushpop(ours, 3) == heapq.heappushpop(theirs, 3)
    assert shims.heapq.heapreplace(ours, 7) == heapq.heapreplace(theirs, 7)
    data = [9, 3, 7, 1]
    shims.heapq.heapify(data)
    assert data == [1, 3, 7, 9]
    assert shims.heapq.nlargest(2, [3, 9, 1, 7]) == [9, 7]
    assert shims.heapq.nsmallest(2, ["bb", "a", "ccc"], key=len) == ["a", "bb"]
    assert list(shims.heapq.merge([1, 4, 9], [2, 3])) == [1, 2, 3, 4, 9]


def test_heapq_checks_sizes(make_shims: Any) -> None:
    shims = make_shims(max_container_length=3)
    heap = [1, 2, 3]
    with pytest.raises(PtcLimitError):
        shims.heapq.heappush(heap, 4)


def test_bisect_matches_cpython(shims: Shims) -> None:
    values = [1, 3, 3, 5, 9]
    for x in (0, 3, 4, 10):
        assert shims.bisect.bisect_left(values, x) == bisect.bisect_left(values, x)
        assert shims.bisect.bisect_right(values, x) == bisect.bisect_right(values, x)
        assert shims.bisect.bisect(values, x, 1, 3) == bisect.bisect(values, x, 1, 3)
    ours, theirs = list(values), list(values)
    shims.bisect.insort(ours, 4)
    bisect.insort(theirs, 4)
    shims.bisect.insort_left(ours, 3, key=None)
    bisect.insort_left(theirs, 3)
    assert ours == theirs
    records = [("a", 1), ("b", 5)]
    assert shims.bisect.bisect_left(records, 3, key=lambda r: r[1]) == 1


def test_operator_functions_use_the_programs_checks(shims: Shims) -> None:
    assert shims.operator.add(2, 3) == 5
    assert shims.operator.mul("ab", 3) == "ababab"
    assert shims.operator.lt(1, 2) is True
    assert shims.operator.contains([1, 2], 2) is True
    assert shims.operator.not_(0) is True
    assert shims.operator.truth([]) is False
    assert shims.operator.itemgetter("k")({"k": 1}) == 1
    assert shims.operator.itemgetter(0, 2)("abc") == ("a", "c")
    assert repr(shims.operator.itemgetter("k", 1)) == repr(operator.itemgetter("k", 1))
    assert shims.operator.methodcaller("upper")("abc") == "ABC"
    assert shims.operator.methodcaller("split", ",")("a,b") == ["a", "b"]
    with pytest.raises(PtcLimitError):
        shims.operator.mul("x", 10**9)


@pytest.mark.parametrize("name", ["__base__", "real.__class__.__base__", "_ptc_attributes", "_value_"])
def test_attrgetter_and_methodcaller_refuse_underscore_names(shims: Shims, name: str) -> None:
    with pytest.raises(AttributeError, match=r"not allowed|reserved"):
        shims.operator.attrgetter(name)
    with pytest.raises(AttributeError, match="not allowed"):
        shims.operator.methodcaller("__reduce__")


def test_attrgetter_goes_through_the_allowlist(shims: Shims) -> None:
    getter = shims.operator.attrgetter("real", "imag")
    assert getter(3) == (3, 0)
    with pytest.raises(AttributeError):
        shims.operator.attrgetter("nonexistent")(3)
    with pytest.raises(AttributeError, match="exist only on the program's own"):
        shims.operator.attrgetter("_inst")(shims.operator)


PROGRAM = """
    import heapq, bisect, operator
    from typing import List, Dict, Optional, Any, Tuple, cast
    from operator import itemgetter, attrgetter
    def top(scores: Dict[str, int], n: int) -> List[Tuple[str, int]]:
        return heapq.nlargest(n, scores.items(), key=itemgetter(1))
    class Item:
        def __init__(self, name: str, price: float) -> None:
            self.name = name
            self.price = price
    items = [Item("b", 2.5), Item("a", 1.0), Item("c", 3.0)]
    cheapest: Optional[str] = min(items, key=attrgetter("price")).name
    grid = sorted([3, 1, 2])
    bisect.insort(grid, 2)
    print(top({"x": 3, "y": 9, "z": 5}, 2), cheapest, grid, cast(int, 4), Optional[int], List[Dict[str, Any]])
    [operator.sub(10, 3), operator.itemgetter(-1)(grid), sorted(["bb", "a"], key=len)]
"""


async def test_program_using_the_extra_modules_matches_cpython() -> None:
    await assert_same_as_cpython(textwrap.dedent(PROGRAM))
