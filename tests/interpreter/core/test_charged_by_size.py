"""Native work charged by its size (issue 3, red-team rounds B and D).

Round B: each fix charges (or size-checks) by the size of what CPython walks natively: comparisons and
arithmetic of deques, Counters, OrderedDicts and dict views; long str comparisons on the compiler's
fast path; hashing of big tuple keys; case changes that expand the text; json escapes; Template
passes; `random.seed` of long text. The behaviour stays CPython's; only the cost changes.

Round D: CPython does not cache a tuple's hash, so `set([t] * n)` walks all of `t` for every
reference. The bulk builders (`set`, `frozenset`, `dict(pairs)`, `Counter`, `OrderedDict`,
`defaultdict`, `OrderedDict.fromkeys`) and set/dict comprehensions charge each hashed tuple key like
a lookup (`runtime.budget.charge_key`); other keys cost what they did.
"""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, PtcLimitError
from ptc_reference import assert_same_as_cpython


async def steps(code: str) -> int:
    return (await ptc_interpreter.run(code, tools={})).steps_used


async def test_operator_results_are_cpythons() -> None:
    await assert_same_as_cpython(
        "import collections, json, string, random\n"
        "d = collections.deque([1, 2])\n"
        "alias = d\n"
        "d += d\n"
        "e = collections.deque([1, 2], maxlen=3) + collections.deque([3, 4])\n"
        "c = collections.Counter('abca')\n"
        "k = {(1, 2): 'a', (1, (2, 3)): 'b'}\n"
        "s = {(1,) * 20}\n"
        "s.add((1,) * 20)\n"
        "random.seed('abc')\n"
        "[alias, e, 2 in d, c + c, c - collections.Counter('a'), c & c, -c, +c, c == c, c < c + c,\n"
        " collections.OrderedDict(a=1) == collections.OrderedDict(a=1), {}.keys() == set(),\n"
        " 'ΐ'.upper(), 'ß'.upper(), 'İ'.lower(), 'ﬁ'.title(), 'ß'.swapcase(), 'ß'.casefold(), 'ǆa'.capitalize(),\n"
        " json.dumps('é' * 300), k[1, 2], k[(1, (2, 3))], k.get((1, 2)), (1, 2) in k, len(s),\n"
        " string.Template('$a $b').get_identifiers(), string.Template('$a').is_valid(),\n"
        " 'a' * 300 < 'a' * 299 + 'b', b'x' * 300 == b'x' * 300, random.random()]",
        {},
    )


async def test_long_str_compare_is_charged_by_length() -> None:
    short = await steps("a = 'a' * 200\nb = 'a' * 200\nfor _ in range(100):\n    a == b")
    long = await steps("a = 'a' * 100_000\nb = 'a' * 100_000\nfor _ in range(100):\n    a == b")
    assert long - short >= 100 * 100_000 // 128


async def test_big_tuple_key_is_charged_on_every_lookup() -> None:
    small = await steps("t = (1, 2)\nd = {t: 1}\nfor _ in range(100):\n    d[t]")
    big = await steps("t = tuple(range(10_000))\nd = {t: 1}\nfor _ in range(100):\n    d[t]")
    nested = await steps("t = (1, tuple(range(10_000)))\nd = {t: 1}\nfor _ in range(100):\n    d[t]")
    assert big - small >= 100 * 10_000 // 16
    assert nested - small >= 100 * 10_000 // 16


@pytest.mark.parametrize(
    "statement",
    ["d[t] = 1", "t in d", "d.get(t)", "d.setdefault(t, 1)", "s.add(t)", "t in s", "f(t)"],
)
async def test_every_hashing_entry_point_charges_big_tuples(statement: str) -> None:
    setup = "import functools\n@functools.cache\ndef f(x):\n    return 1\nd = {}\ns = set()\n"
    small = await steps(setup + f"t = (1, 2)\nfor _ in range(50):\n    {statement}")
    big = await steps(setup + f"t = tuple(range(10_000))\nfor _ in range(50):\n    {statement}")
    assert big - small >= 50 * 10_000 // 16


@pytest.mark.parametrize(
    "expression",
    ["c == c", "c + c", "c - c", "c & c", "-c", "c <= c", "o == o", "o.keys() == o.keys()", "-1 in q"],
)
async def test_collection_operators_are_charged_by_size(expression: str) -> None:
    setup = (
        "import collections\nc = collections.Counter(range({n}))\n"
        "o = collections.OrderedDict.fromkeys(range({n}))\nq = collections.deque(range({n}))\n"
    )
    small = await steps(setup.format(n=10) + f"for _ in range(10):\n    {expression}")
    big = await steps(setup.format(n=5_000) + f"for _ in range(10):\n    {expression}")
    assert big - small >= 10 * 5_000 // 16


async def test_deque_growth_is_size_checked_in_place() -> None:
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(
            "import collections\nd = collections.deque(range(60_000))\nd += d", tools={}
        )
    assert caught.value.limit == "max_container_length"
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run("import collections\nd = collections.deque(range(60_000))\nd + d", tools={})
    assert caught.value.limit == "max_container_length"


async def test_expanding_case_change_is_checked_against_the_string_limit() -> None:
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(
            "('\\u0390' * 1000).upper()", tools={}, limits=Limits(max_string_length=2000)
        )
    assert caught.value.limit == "max_string_length"
    result = await ptc_interpreter.run(
        "len(('\\u0390' * 600).upper())", tools={}, limits=Limits(max_string_length=2000)
    )
    assert result.value == 1800


async def test_json_escapes_are_charged_by_the_output() -> None:
    ascii_steps = await steps("import json\ns = 'e' * 100_000\nfor _ in range(10):\n    json.dumps(s)")
    escaped_steps = await steps("import json\ns = 'é' * 100_000\nfor _ in range(10):\n    json.dumps(s)")
    assert escaped_steps - ascii_steps >= 10 * 400_000 // 128  # 6 characters out for each 'é'


async def test_template_passes_and_random_seed_are_charged() -> None:
    many = await steps("import string\nt = string.Template('$a' * 10_000)\nt.get_identifiers()\nt.is_valid()")
    assert many >= 2 * 10_000
    seeded = await steps("import random\nrandom.seed('a' * 100_000)")
    assert seeded >= 100_000 // 16


# -- round D: bulk set and dict builders ----------------------------------------------------------


async def test_builder_results_are_cpythons() -> None:
    await assert_same_as_cpython(
        "import collections\n"
        "t = (1, (2, 3))\n"
        "pairs = [(t, 1), [(4,), 2], ((5, 6), 3), 'ab']\n"
        "[set([t, t, 1]), frozenset([t, (1,)]), dict(pairs), dict(collections.OrderedDict(pairs)),\n"
        " collections.Counter([t, t, 'a']), collections.OrderedDict(pairs),\n"
        " collections.defaultdict(list, pairs), collections.OrderedDict.fromkeys([t, 1]),\n"
        " {x for x in [t, t, 2]}, {k: v for k, v in [(t, 1), (t, 2)]}, set({t: 1}),\n"
        " collections.Counter({t: 3}), collections.deque([t, t])]",
        {},
    )


BIG = "t = tuple(range(10_000))\n"
SMALL = "t = (1, 2)\n"
BUILDERS = [
    "set([t] * 100)",
    "frozenset([t] * 100)",
    "set(frozenset([t]) | frozenset([(i, t) for i in range(99)]))",
    "dict([(t, 1)] * 100)",
    "import collections\ncollections.Counter([t] * 100)",
    "import collections\ncollections.OrderedDict([(t, 1)] * 100)",
    "import collections\ncollections.defaultdict(int, [(t, 1)] * 100)",
    "import collections\ncollections.OrderedDict.fromkeys([t] * 100)",
    "{x for x in [t] * 100}",
    "{x: 1 for x in [t] * 100}",
    "import collections\nc = collections.Counter()\nc.update([t] * 100)",
]


@pytest.mark.parametrize("builder", BUILDERS)
async def test_hashed_big_tuples_are_charged_by_size(builder: str) -> None:
    small = await steps(SMALL + "_ = " + builder if "\n" not in builder else SMALL + builder)
    big = await steps(BIG + "_ = " + builder if "\n" not in builder else BIG + builder)
    assert big - small >= 99 * 10_000 // 16


ASYNC_COMPREHENSIONS = [
    "{(await f(x)) for x in await f([t] * 100)}",
    "{(await f(x)): 1 for x in await f([t] * 100)}",
]


@pytest.mark.parametrize("comprehension", ASYNC_COMPREHENSIONS)
async def test_async_comprehensions_too(comprehension: str) -> None:
    code = "async def f(x):\n    return x\n_ = " + comprehension
    small = await steps(SMALL + code)
    big = await steps(BIG + code)
    assert big - small >= 99 * 10_000 // 16


async def test_shared_big_tuple_set_is_a_limit_error() -> None:
    with pytest.raises(PtcLimitError):
        await ptc_interpreter.run(
            "t = tuple(range(99_999))\nset([t] * 99_999)", tools={}, limits=Limits(max_steps=1_000_000)
        )


async def test_small_tuple_keys_cost_nothing_extra() -> None:
    listed = await steps("[(i, i) for i in range(1000)]")
    assert await steps("{(i, i) for i in range(1000)}") == listed
    listed_pairs = await steps("p = [[i, i] for i in range(1000)]\nd = dict(p)")
    assert await steps("p = [(i, i) for i in range(1000)]\nd = dict(p)") == listed_pairs
