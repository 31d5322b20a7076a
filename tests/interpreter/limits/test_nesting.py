"""Nested data is bounded: no program can crash the process through deep or DAG-shaped data.

Native operations recurse into containers in C. Deep data (a tuple nested 270,000 times) once
overflowed the C stack (CPython's tuple hash has no recursion check) and killed the process with
SIGSEGV; so did a 140,000-deep `map`/`filter` chain and a deque nested in a deque 270,000 times
when it was freed. DAG-shaped data (`x = [x] * 10` twelve times: 13 lists, 10^12 elements to a
native `==`) made comparisons, hashing, sorting and searching run for hours. Each must now end in a
clean `PtcError` naming the program line, within a small CPU and memory budget; and programs on
ordinary nested data must still give CPython's results.

Each crash-class program runs in its own forked worker (as the bombs of `test_bombs.py` do) with an
address-space and CPU cap, so a regression kills a worker, never the test session. Programs run
under the default limits and again with a step budget a hundred times larger: the depth bound, not
the step budget, is what must stop them.
"""

from __future__ import annotations

import asyncio
import textwrap
from typing import Any

import pytest
from ptc_bomb_worker import MAX_BUDGET_CPU_RATIO, run_bombs
from ptc_interpreter import Limits, PtcLimitError, PtcRuntimeError, run
from ptc_reference import assert_same_as_cpython

ADDRESS_SPACE_CAP = 1 << 30
WORKER_CPU_CAP_S = 20
WORKER_WALL_CAP_S = 120
PEAK_RSS_LIMIT_MB = 400
BIG_BUDGET = {"max_steps": 30_000_000}
"""A host may raise the step budget; crash-class programs must still be stopped by the depth bound."""
DEEP_RECURSION = {"max_steps": 30_000_000, "max_recursion_depth": 600}
"""A host may raise the recursion limit too: the interpreter must not raise CPython's recursion limit
past what the C stack holds (chains through generators recurse in C between Python frames)."""
VARIANTS = {"default": None, "big-budget": BIG_BUDGET, "deep-recursion": DEEP_RECURSION}


def program(code: str) -> str:
    return textwrap.dedent(code).strip() + "\n"


DEEP_TUPLE = "import functools\nx = functools.reduce(lambda a, b: (a,), range(270_000), ())\n"
DEEP_LIST = "import functools\nx = functools.reduce(lambda a, b: [a], range(270_000), [])\n"
DAG_LISTS = "x = [1]\ny = [1]\nfor _ in range(12):\n    x = [x] * 10\n    y = [y] * 10\n"
DAG_PAIRS = "x = (1,)\ny = (1,)\nfor _ in range(60):\n    x = (x, x)\n    y = (y, y)\n"

DEEP_KEYS = {
    "deep-tuple-dict-key": DEEP_TUPLE + "{x: 1}",
    "deep-tuple-subscript-store": DEEP_TUPLE + "d = {}\nd[x] = 1",
    "deep-tuple-subscript-augmented": DEEP_TUPLE
    + "import collections\nd = collections.defaultdict(int)\nd[x] += 1",
    "deep-tuple-subscript-delete": DEEP_TUPLE + "d = {1: 1}\ndel d[x]",
    "deep-tuple-in-dict": DEEP_TUPLE + "x in {1: 2}",
    "deep-tuple-dict-get": DEEP_TUPLE + "{}.get(x)",
    "deep-tuple-dict-update-pairs": DEEP_TUPLE + "d = {}\nd.update([(x, 1)])",
    "deep-tuple-set-add": DEEP_TUPLE + "s = set()\ns.add(x)",
    "deep-tuple-set-call": DEEP_TUPLE + "set([x])",
    "deep-tuple-set-method": DEEP_TUPLE + "{1}.issubset([x])",
    "deep-tuple-dict-view-operator": DEEP_TUPLE + "{1: 1}.keys() & [x]",
    "deep-tuple-set-comprehension": DEEP_TUPLE + "{y for y in [x]}",
    "deep-tuple-hash-builtin": DEEP_TUPLE + "hash(x)",
    "deep-tuple-cache-argument": DEEP_TUPLE + "@functools.cache\ndef f(v):\n    return 1\nf(x)",
    "deep-tuple-counter": DEEP_TUPLE + "import collections\ncollections.Counter([x])",
    "deep-tuple-statistics-mode": DEEP_TUPLE + "import statistics\nstatistics.mode([x, x])",
    "deep-tuple-frozen-dataclass": DEEP_TUPLE
    + "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass D:\n    v: tuple\nhash(D(x))",
    "deep-namedtuple-key": "import collections, functools\nP = collections.namedtuple('P', 'a')\n"
    "x = functools.reduce(lambda a, b: P(a), range(270_000), ())\n{x: 1}",
    "deep-tuple-itemgetter": DEEP_TUPLE + "import operator\noperator.itemgetter(x)({})",
    "deep-tuple-operator-getitem": DEEP_TUPLE + "import operator\noperator.getitem({}, x)",
    "deep-tuple-equality": DEEP_TUPLE + "y = functools.reduce(lambda a, b: (a,), range(270_000), ())\nx == y",
}

DEEP_VALUES = {
    "deep-list-repr": DEEP_LIST + "repr(x)",
    "deep-list-print": DEEP_LIST + "print(x)",
    "deep-list-fstring": DEEP_LIST + "f'{x}'",
    "deep-list-result": DEEP_LIST + "x",
    "deep-list-json": DEEP_LIST + "import json\njson.dumps(x)",
    "deep-list-deepcopy": DEEP_LIST + "import copy\ncopy.deepcopy(x)",
    "deep-list-sorted": DEEP_LIST + "sorted([x, x])",
    "deep-dict-str": "import functools\nx = functools.reduce(lambda a, b: {'a': a}, range(200_000), {})\nstr(x)",
    "deep-deque-freed": "import functools, collections\n"
    "x = functools.reduce(lambda a, b: collections.deque([a]), range(270_000), None)\nx = None",
    "deep-deque-appended": "import collections\nx = None\nfor _ in range(270_000):\n"
    "    d = collections.deque()\n    d.append(x)\n    x = d\nx = None",
}

SEGMENT = "it"
for _ in range(190):
    SEGMENT = f"map(abs, {SEGMENT})"
"""190 lazy `map`s stacked in one expression (under the 200-deep chain limit)."""

ITERATOR_CHAINS = {
    "map-chain": "import functools\nit = functools.reduce(lambda a, b: map(abs, a), range(140_000), range(3))\nlist(it)",
    "filter-chain": "it = range(3)\nfor _ in range(140_000):\n    it = filter(None, it)\nlist(it)",
    "zip-chain": "import functools\nit = functools.reduce(lambda a, b: zip(a), range(140_000), [1])\nlist(it)",
    "enumerate-chain": "import functools\n"
    "it = functools.reduce(lambda a, b: enumerate(a), range(140_000), [1])\nlist(it)",
    "map-chain-through-iter": "import functools\n"
    "it = functools.reduce(lambda a, b: iter(map(abs, a)), range(140_000), [1])\nlist(it)",
    "map-and-generator-chain": "import functools\n"
    "it = functools.reduce(lambda a, b: map(abs, (v for v in a)), range(20_000), [1])\nsum(it)",
    "map-and-islice-chain": "import functools, itertools\n"
    "it = functools.reduce(lambda a, b: map(abs, itertools.islice(a, 5)), range(20_000), [1])\nlist(it)",
    "itertools-chain-chain": "import functools, itertools\n"
    "it = functools.reduce(lambda a, b: itertools.chain(a), range(20_000), [1])\nlist(it)",
    "generator-chain": "import functools\n"
    "g = functools.reduce(lambda a, b: (v for v in a), range(20_000), [1])\nnext(g)",
    # 190 C frames of `map` per Python frame: the lazy-iterator depth restarts at each joint, and the
    # recursion limit counts only the joint's frame (all five killed the process with SIGSEGV)
    "segmented-map-chain-through-iter": "class W:\n    def __init__(self, it):\n        self.it = it\n"
    f"    def __iter__(self):\n        return self.it\nit = [1]\nfor _ in range(1_200):\n    it = W({SEGMENT})\nlist(it)",
    "segmented-map-chain-through-reversed": "class R:\n    def __init__(self, it):\n        self.it = it\n"
    f"    def __reversed__(self):\n        return self.it\nit = [1]\nfor _ in range(1_200):\n"
    f"    it = reversed(R({SEGMENT}))\nlist(it)",
    "segmented-map-chain-through-generator": "def g(it):\n    yield from it\nit = [1]\n"
    f"for _ in range(1_200):\n    it = g({SEGMENT})\nlist(it)",
    "segmented-map-chain-through-islice": "import itertools\nit = [1]\n"
    f"for _ in range(1_200):\n    it = itertools.islice({SEGMENT}, None)\nlist(it)",
    "segmented-map-chain-through-csv": "import csv\nit = ['1']\n"
    f"for _ in range(1_200):\n    it = map(lambda row: row[0], csv.reader({SEGMENT.replace('abs', 'str')}))\nlist(it)",
}

DAG_BOMBS = {
    "dag-equality": DAG_LISTS + "x == y",
    "dag-inequality": DAG_LISTS + "x != y",
    "dag-ordering": DAG_PAIRS + "x < y",
    "dag-max": DAG_LISTS + "max([x, y])",
    "dag-max-arguments": DAG_LISTS + "max(x, y)",
    "dag-min": DAG_LISTS + "min([x, y])",
    "dag-sorted": DAG_LISTS + "sorted([x, y, x])",
    "dag-list-sort": DAG_LISTS + "z = [x, y]\nz.sort()",
    "dag-sorted-by-key": DAG_LISTS + "sorted([1, 2], key=lambda i: x if i == 1 else y)",
    "dag-list-sort-by-key": DAG_LISTS + "z = [1, 2]\nz.sort(key=lambda i: x if i == 1 else y)",
    "dag-max-by-key": DAG_LISTS + "max([1, 2], key=lambda i: x if i == 1 else y)",
    "dag-nsmallest-by-key": DAG_LISTS
    + "import heapq\nheapq.nsmallest(1, [1, 2], key=lambda i: x if i == 1 else y)",
    "dag-dict-items-equality": DAG_LISTS + "{1: x}.items() == {1: y}.items()",
    "dag-operator-eq": DAG_LISTS + "import operator\noperator.eq(x, y)",
    "dag-in-list": DAG_LISTS + "y in [x]",
    "dag-list-index": DAG_PAIRS + "[x, x, y].index(y)",
    "dag-list-count": DAG_PAIRS + "[x].count(y)",
    "dag-list-remove": DAG_PAIRS + "[x].remove(y)",
    "dag-deque-count": DAG_PAIRS + "import collections\ncollections.deque([x]).count(y)",
    "dag-heappush": DAG_LISTS + "import heapq\nh = [x]\nheapq.heappush(h, y)",
    "dag-heapify": DAG_LISTS + "import heapq\nheapq.heapify([x, y, x])",
    "dag-nlargest": DAG_LISTS + "import heapq\nheapq.nlargest(1, [x, y])",
    "dag-bisect": DAG_LISTS + "import bisect\nbisect.bisect([x], y)",
    "dag-hash": DAG_PAIRS + "hash(x)",
    "dag-dict-key": DAG_PAIRS + "{x: 1}",
    "dag-set-member": DAG_PAIRS + "x in {1, 2}",
    "dag-frozenset": DAG_PAIRS + "frozenset([x])",
    "dag-dict-equality": "x = {'a': 1}\ny = {'a': 1}\nfor _ in range(60):\n"
    "    x = {'a': x, 'b': x}\n    y = {'a': y, 'b': y}\nx == y",
    "dag-namedtuple-equality": DAG_LISTS
    + "import collections\nP = collections.namedtuple('P', 'a')\nP(x) == P(y)",
    "dag-groupby": DAG_PAIRS + "import itertools\nlist(itertools.groupby([x, y]))",
    "dag-statistics-median": DAG_PAIRS + "import statistics\nstatistics.median_low([x, y, x])",
    "dag-repr": DAG_PAIRS + "repr(x)",
    "dag-json": DAG_PAIRS + "import json\njson.dumps(x)",
}

DUNDER_RECURSION = {
    "eq-through-eq": "class A:\n    def __eq__(self, o):\n        return o == self\nA() == A()",
    "hash-through-tuple-hash": "class A:\n    def __hash__(self):\n        return hash((self,))\n{A(): 1}",
    "lt-through-list-compare": "class A:\n    def __lt__(self, o):\n        return [o] < [self]\nsorted([A(), A(), A()])",
    "repr-through-str-of-list": "class A:\n    def __repr__(self):\n        return str([self])\nrepr(A())",
    "str-through-fstring": "class A:\n    def __str__(self):\n        return f'{self}'\nstr(A())",
    "iter-through-list": "class A:\n    def __iter__(self):\n        return iter(list(self))\nlist(A())",
}

CASES: dict[str, tuple[str, str]] = {}
for family, programs in {
    "keys": DEEP_KEYS,
    "values": DEEP_VALUES,
    "chains": ITERATOR_CHAINS,
    "dags": DAG_BOMBS,
    "dunders": DUNDER_RECURSION,
}.items():
    for name, code in programs.items():
        CASES[name] = (family, program(code))

BIG_BUDGET_CASES = [
    name for name in (*DEEP_KEYS, *DEEP_VALUES, *ITERATOR_CHAINS) if not name.startswith("deep-dict")
]
"""Deep programs again under a 30M-step budget (the DAG bombs need no proof that the budget is not
what stops them: their charge is 10^12 elements, beyond any budget)."""
DEEP_RECURSION_CASES = [
    "map-and-generator-chain",
    "map-and-islice-chain",
    "itertools-chain-chain",
    "generator-chain",
]


def _run_all() -> dict[tuple[str, str], dict[str, Any]]:
    jobs = (
        [(name, "default") for name in CASES]
        + [(name, "big-budget") for name in BIG_BUDGET_CASES]
        + [(name, "deep-recursion") for name in DEEP_RECURSION_CASES]
    )
    return run_bombs(
        {job: (CASES[job[0]][1], VARIANTS[job[1]]) for job in jobs},
        address_space_cap=ADDRESS_SPACE_CAP,
        cpu_cap_s=WORKER_CPU_CAP_S,
        wall_cap_s=WORKER_WALL_CAP_S,
        hung="worker hung or died (a crash kills the worker)",
    )


@pytest.fixture(scope="module")
def reports() -> dict[tuple[str, str], dict[str, Any]]:
    return _run_all()


def _assert_stopped_cleanly(report: dict[str, Any], family: str) -> None:
    assert report["outcome"] == "PtcLimitError", report
    assert "line " in report["detail"] or family == "values", report  # the program line, when there is one
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report
    assert report["peak_rss_mb"] < PEAK_RSS_LIMIT_MB, report


@pytest.mark.parametrize("name", list(CASES))
def test_deep_and_dag_shaped_data_ends_in_a_clean_limit_error(
    name: str, reports: dict[tuple[str, str], dict[str, Any]]
) -> None:
    family, _ = CASES[name]
    _assert_stopped_cleanly(reports[(name, "default")], family)


@pytest.mark.parametrize("name", BIG_BUDGET_CASES)
def test_the_depth_bound_not_the_step_budget_stops_deep_data(
    name: str, reports: dict[tuple[str, str], dict[str, Any]]
) -> None:
    report = reports[(name, "big-budget")]
    _assert_stopped_cleanly(report, CASES[name][0])
    assert report["limit"] in ("max_nesting_depth", "max_recursion_depth"), report


@pytest.mark.parametrize("name", DEEP_RECURSION_CASES)
def test_a_raised_recursion_limit_does_not_let_chains_overflow_the_c_stack(
    name: str, reports: dict[tuple[str, str], dict[str, Any]]
) -> None:
    report = reports[(name, "deep-recursion")]
    _assert_stopped_cleanly(report, CASES[name][0])
    # a `map` over a generator over a `map`...: the count of pulls through such joints may stop it first
    assert report["limit"] in ("max_recursion_depth", "max_nesting_depth"), report


# --- the limit itself -------------------------------------------------------------------------------


def _nested(depth: int) -> str:
    return f"x = 0\nfor _ in range({depth}):\n    x = (x,)\n"


@pytest.mark.parametrize(
    "operation", ["{x: 1}", "x == x[0]", "hash(x)", "repr(x)", "sorted([x, x])", "[x].index(x)"]
)
async def test_data_nested_to_the_limit_works_and_one_level_more_is_refused(operation: str) -> None:
    limits = Limits(max_nesting_depth=20)
    await run(_nested(20) + f"r = {operation}\n0", limits=limits)
    with pytest.raises(PtcLimitError, match="nested more than 20 levels deep") as caught:
        await run(_nested(21) + f"r = {operation}\n0", limits=limits)
    assert caught.value.limit == "max_nesting_depth"


async def test_a_shared_container_reached_deeper_than_first_seen_counts_at_its_deepest() -> None:
    """The walk memoises shared containers: the depth of the second path must still be checked."""
    code = _nested(15) + "y = x\nfor _ in range(10):\n    y = (y,)\n{(x, y): 1}"
    with pytest.raises(PtcLimitError, match="nested more than 20 levels deep"):
        await run(code, limits=Limits(max_nesting_depth=20))


async def test_iterator_chains_to_the_limit_work_and_one_more_is_refused() -> None:
    code = "it = [1, -2]\nfor _ in range({n}):\n    it = map(abs, it)\nlist(it)"
    limits = Limits(max_nesting_depth=20)
    assert (await run(code.format(n=20), limits=limits)).value == [1, 2]
    with pytest.raises(PtcLimitError, match=r"lazy iterators .* stacked more than 20 levels deep"):
        await run(code.format(n=21), limits=limits)


async def test_a_dag_is_charged_by_the_elements_a_comparison_visits() -> None:
    """13 lists, 10^12 elements to `==`: charged as such, not as 13 lists of 10."""
    with pytest.raises(PtcLimitError, match="step budget"):
        await run(program(DAG_LISTS + "x == y"))
    small_dag = "x = [1]\ny = [1]\nfor _ in range(3):\n    x = [x] * 10\n    y = [y] * 10\nx == y"
    assert (await run(small_dag)).value is True


# --- ordinary nested data is unchanged --------------------------------------------------------------

SAME_AS_CPYTHON = {
    "nested-records": """
        rows = [{"id": i, "tags": ("a", str(i % 3)), "pos": [i, [i * 2, (i, i + 1)]]} for i in range(50)]
        by_tag = {}
        for row in rows:
            by_tag.setdefault(row["tags"], []).append(row["id"])
        [sorted(rows, key=lambda r: r["pos"][1])[0]["id"], len(by_tag), by_tag[("a", "1")][:3],
         rows[3] == {"id": 3, "tags": ("a", "0"), "pos": [3, [6, (3, 4)]]}, rows[1] in rows, rows.index(rows[7])]
        """,
    "shared-rows": """
        row = [1, [2, 3]]
        grid = [row] * 5
        other = [[1, [2, 3]] for _ in range(5)]
        [grid == other, grid < other + [[0]], max(grid), sorted([other, grid])[0] == grid, grid.count(row)]
        """,
    "nested-keys-and-sets": """
        t = (1, (2, (3, (4, "x"))))
        d = {t: "deep", (1, 2): "flat"}
        s = {t, (1, 2), t}
        f = frozenset([t, (5,)])
        [d[t], t in d, len(s), t in f, hash((1, 2, 3)) == hash((1, 2, 3)), {f: 1}[frozenset([(5,), t])]]
        """,
    "heapq-bisect-nested": """
        import heapq, bisect
        h = []
        for item in [(3, [1]), (1, [2]), (2, [0])]:
            heapq.heappush(h, item)
        order = [heapq.heappop(h) for _ in range(3)]
        xs = [(1, (1,)), (2, (2,)), (4, (4,))]
        bisect.insort(xs, (3, (3,)))
        [order, xs, bisect.bisect_left(xs, (2, (2,))), heapq.nsmallest(2, [[3], [1], [2]])]
        """,
    "lazy-builtins": """
        m = map(abs, [-1, -2, -3])
        first = next(m)
        e = enumerate("abc", 1)
        next(e)
        z = zip([1, 2, 3], "ab")
        [first, list(m), list(e), list(z), list(filter(None, [0, 1, 2])), list(reversed((1, 2))),
         type(m).__name__, isinstance(z, zip), [i * x for i, x in enumerate(map(abs, [-4, 5]))],
         sum(map(len, ["ab", "c"])), dict(zip("ab", range(2))), ",".join(map(str, range(3))),
         list(map(pow, [2, 3], [3, 2]))]
        """,
    "deep-but-within-limit": """
        import copy, json
        x = []
        for i in range(150):
            x = [x, i]
        y = copy.deepcopy(x)
        [x == y, len(json.dumps(x)), len(repr(x)), hash(str(x)) == hash(str(y))]
        """,
}


@pytest.mark.parametrize("name", list(SAME_AS_CPYTHON))
async def test_ordinary_nested_data_gives_cpython_results(name: str) -> None:
    await assert_same_as_cpython(program(SAME_AS_CPYTHON[name]))


async def test_lazy_builtins_show_no_host_internals() -> None:
    code = (
        "[repr(map(abs, [])), repr(zip()), str(enumerate([])), repr(filter(None, [])), repr(reversed(())),"
        " repr(reversed([]))]"
    )
    result = await run(code)
    assert result.value == [
        "<map object>",
        "<zip object>",
        "<enumerate object>",
        "<filter object>",
        "<reversed object>",
        "<list_reverseiterator object>",  # CPython's type for a list's reversed()
    ]


def test_running_out_of_nesting_is_reported_in_the_same_process_again() -> None:
    """Nothing about a refused run changes the next one (no state left behind)."""
    code = program(DEEP_TUPLE + "{x: 1}")
    for _ in range(2):
        with pytest.raises(PtcLimitError, match="max_nesting_depth"):
            asyncio.run(run(code))
    assert asyncio.run(run("{(1, (2,)): 3}")).value == {(1, (2,)): 3}


@pytest.mark.parametrize(
    "text", ["'[' * 201 + ']' * 201", "'{\"a\": ' * 201 + '1' + '}' * 201", "b'[' * 5000 + b']' * 5000"]
)
async def test_json_text_nested_past_the_limit_is_refused_when_decoded(text: str) -> None:
    # Every operation on such a value would be refused; it is refused where it arrives, whole.
    with pytest.raises(PtcLimitError, match="JSON text nested more than 200 levels deep") as raised:
        await run(f"import json\njson.loads({text})")
    assert raised.value.limit == "max_nesting_depth"


async def test_json_text_nested_up_to_the_limit_decodes() -> None:
    await assert_same_as_cpython("import json\nx = json.loads('[' * 200 + ']' * 200)\nlen(x), x == x")


@pytest.mark.parametrize("arguments", ["x", "'bad', 3, x"])
async def test_an_exception_holding_deep_data_reports_a_bounded_message(arguments: str) -> None:
    code = f"x = []\nfor _ in range(300):\n    x = [x]\nraise ValueError({arguments})\n"
    with pytest.raises(PtcRuntimeError) as raised:
        await run(code)
    assert raised.value.exc_type == "ValueError"
    assert raised.value.message == "<a message holding data nested too deeply, not shown>"
