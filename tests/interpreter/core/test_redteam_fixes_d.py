"""Red-team fixes (issue 3, round D): bulk set and dict builders charge hashed tuple keys by size.

CPython does not cache a tuple's hash, so `set([t] * n)` walks all of `t` for every reference. The
builders (`set`, `frozenset`, `dict(pairs)`, `Counter`, `OrderedDict`, `defaultdict`,
`OrderedDict.fromkeys`) and set/dict comprehensions charge each hashed tuple key like a lookup
(`runtime.budget.charge_key`); other keys cost what they did. The results stay CPython's.
"""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, PtcLimitError
from ptc_reference import assert_same_as_cpython


async def steps(code: str) -> int:
    return (await ptc_interpreter.run(code, tools={})).steps_used


async def test_results_are_cpythons() -> None:
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
