"""Work CPython does natively on the program's behalf is charged before it happens.

Comparing two distinct texts of equal length is a memcmp over their length, which CPython does
without any charge: a list holding two long texts sharing a prefix, referenced 50,000 times each,
makes one `max()` compare 10^11 characters. Each program below did seconds of uncharged work on the
default budget before the fix; each must now end in a clean `PtcLimitError` (or, where the limit is
a size, a clean error) within the same CPU bound as `test_bombs.py`, in a memory-capped worker.
Programs of the same shape on short texts must still run: the charge is for long texts only.
"""

from __future__ import annotations

import asyncio
import textwrap
from typing import Any

import ptc_interpreter
import pytest
from ptc_bomb_worker import MAX_BUDGET_CPU_RATIO, run_bombs

ADDRESS_SPACE_CAP = 1 << 30
WORKER_CPU_CAP_S = 20
WORKER_WALL_CAP_S = 90

TEXTS = 'a = "x" * 900_000 + "a"\nb = "x" * 900_000 + "b"\nsame = "x" * 900_000 + "a"\n'
"""Two long texts sharing a 900,000-character prefix, and a copy of the first (equal, not identical)."""

BOMBS: dict[str, str] = {
    "max-of-long-texts": "max([a, b] * 50_000)",
    "min-of-long-texts-loop": "items = [a, b] * 100\nwhile True:\n    min(items)",
    "max-two-arguments-loop": "while True:\n    max(a, b)",
    "max-with-native-key": "import operator\nmax([(a,), (b,)] * 50_000, key=operator.itemgetter(0))",
    "max-with-program-key": "max([0, 1] * 50_000, key=lambda i: (a, b)[i])",
    "sorted-long-texts": "sorted([a, b] * 5_000)",
    "sorted-with-key-long-texts": "sorted([0, 1] * 5_000, key=lambda i: (a, b)[i])",
    "list-sort-long-texts": "x = [a, b] * 5_000\nx.sort()",
    "sorted-tuples-of-long-texts": "sorted([(a, 1), (b, 1)] * 5_000)",
    "in-list-of-long-texts": "a in [same] * 100_000",
    "count-long-texts": "([same] * 100_000).count(a)",
    "index-long-texts": "([b] * 99_999 + [a]).index(same)",
    "tuple-count-long-texts": "((same,) * 100_000).count(a)",
    "in-tuple-of-long-texts-loop": "t = (same,) * 1_000\nwhile True:\n    a in t",
    "list-equality-long-texts": "[a] * 100_000 == [same] * 100_000",
    "small-list-equality-loop": "while True:\n    [a] == [same]",
    "tuple-order-long-texts-loop": "while True:\n    (a, 1) < (same, 2)",
    "startswith-tuple-of-long-texts": "a.startswith((same[:-1] + 'b',) * 100_000)",
    "endswith-tuple-of-long-texts": "a.endswith(('b' + same[1:],) * 100_000)",
    "heappop-long-texts": "import heapq\nh = [a, b] * 50_000\nwhile h:\n    heapq.heappop(h)",
    "heappush-long-texts": "import heapq\nh = []\nwhile True:\n    heapq.heappush(h, a)\n    heapq.heappush(h, b)",
    "heapq-nlargest-long-texts": "import heapq\nheapq.nlargest(3, [a, b] * 50_000)",
    "heapq-merge-long-texts": "import heapq\nlist(heapq.merge([a, b] * 50_000, [b, a] * 50_000))",
    "nested-long-texts-equality-loop": "k, j = (a,) * 16, (same,) * 16\nwhile True:\n    [k] == [j]",
    "dict-values-long-texts-equality-loop": "while True:\n    {1: a, 2: [a]} == {1: same, 2: [same]}",
    "dict-lookup-tuple-key-of-long-texts-loop": "d = {(a,) * 16: 1}\nk = (same,) * 16\nwhile True:\n    d[k]",
    "in-set-nested-tuple-key-of-long-texts-loop": "s = {((a,), 1)}\nk = ((same,), 1)\nwhile True:\n    k in s",
    "startswith-namedtuple-of-candidates-loop": (
        "from collections import namedtuple\nP = namedtuple('P', ['f%d' % i for i in range(1000)])\n"
        "r = 'x' * 255 + '\\U0001F600'\nts = [P(*(['x' * 128 + 'b' + 'x' * 126] * 1000))] * 10_000\n"
        "while True:\n    sum(map(r.startswith, ts))"
    ),
    "bisect-long-texts-loop": "import bisect\nxs = sorted([a, b] * 50_000)\nwhile True:\n    bisect.bisect(xs, same)",
    "bisect-key-long-texts-loop": (
        "import bisect\nxs = [0] * 50_000 + [1] * 50_000\n"
        "while True:\n    bisect.bisect(xs, same, key=lambda i: (a, b)[i])"
    ),
}

STRPTIME_FORMAT = "from datetime import datetime\ndatetime.strptime('x' * 900_000, 'x' * 900_000)"


def _bomb(code: str) -> str:
    return TEXTS + textwrap.dedent(code).strip() + "\n"


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    programs = {name: _bomb(code) for name, code in BOMBS.items()} | {"strptime-huge-format": STRPTIME_FORMAT}
    return run_bombs(
        {name: (code, None) for name, code in programs.items()},
        address_space_cap=ADDRESS_SPACE_CAP,
        cpu_cap_s=WORKER_CPU_CAP_S,
        wall_cap_s=WORKER_WALL_CAP_S,
    )


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_comparing_long_texts_is_charged(name: str, reports: dict[str, dict[str, Any]]) -> None:
    report = reports[name]
    assert report["outcome"] == "PtcLimitError", report
    assert report["limit"] == "max_steps", report
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report


def test_a_huge_strptime_format_is_refused(reports: dict[str, dict[str, Any]]) -> None:
    """CPython compiles a strptime format to a regex kept in a process-wide cache."""
    report = reports["strptime-huge-format"]
    assert report["outcome"] == "PtcRuntimeError", report
    assert "format of 900000 characters is too long" in report["detail"], report
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report


def _run(code: str) -> Any:
    return asyncio.run(ptc_interpreter.run(code)).value


def test_short_and_distinct_texts_compare_as_in_cpython() -> None:
    """The charge is for long texts; everyday ordering, searching and heaps are unchanged."""
    code = """
import heapq, bisect
words = ["pear", "apple", "fig", "banana"] * 1_000
long_a = "y" * 5_000 + "a"
long_b = "y" * 5_000 + "b"
h = []
for w in ["d", "b", "c", "a"]:
    heapq.heappush(h, w)
popped = [heapq.heappop(h) for _ in range(4)]
xs = sorted(words)
[
    max(words), min(words), sorted(words)[:2], sorted(words, key=len)[-1], "fig" in words,
    words.count("fig"), words.index("banana"), max([long_a, long_b]) == long_b,
    sorted([(long_b, 1), (long_a, 2)])[0][1], popped, bisect.bisect(xs, "b"),
    heapq.nsmallest(2, words, key=lambda w: w[::-1]), "apple".startswith(("x", "ap")),
]
"""
    assert _run(code) == [
        "pear",
        "apple",
        ["apple", "apple"],
        "banana",
        True,
        1000,
        3,
        True,
        2,
        ["a", "b", "c", "d"],
        1000,
        ["banana", "banana"],
        True,
    ]


def test_list_sort_with_a_key_keeps_cpython_order_and_errors() -> None:
    code = """
people = [("bo", 30), ("al", 25), ("cy", 30), ("di", 25)]
people.sort(key=lambda p: p[1], reverse=True)
try:
    [3, "a"].sort()
except TypeError as e:
    error = str(e)
try:
    [1, 2].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    error2 = str(e)
[people, error, error2]
"""
    assert _run(code) == [
        [("bo", 30), ("cy", 30), ("al", 25), ("di", 25)],
        "'<' not supported between instances of 'str' and 'int'",
        "division by zero",
    ]


def test_statistics_results_respect_the_int_limit() -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError) as caught:
        _run("import statistics\nstatistics.pvariance([2**4095, 0])")
    assert caught.value.limit == "max_int_bits"
