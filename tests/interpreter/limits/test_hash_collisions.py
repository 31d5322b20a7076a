"""Keys that share one native hash cost what CPython's probing costs: a flood ends in `PtcLimitError`.

Every key whose native hash a program can predict can be made to collide: ints past 2**61 - 1
(`i * (2**61 - 1)` all hash to 0), floats, complex numbers, tuples (CPython's tuple hash is
invertible: two-int tuples of ints below 2**61 can share a hash), frozensets, and namedtuples and
dataclasses through their fields. n keys sharing a hash cost n²/2 comparisons in C. The run's
`CollisionTable` (runtime/collisions.py) charges each hashing of a key by the number of distinct
keys seen under its hash, so floods are stopped while programs with distinct hashes (str keys, small
ints, 64-bit ids, grid coordinates) pay nothing or one table lookup.

Floods run in forked workers with CPU and address-space caps (as tests/interpreter/test_bombs.py
does), under the default limits and under a step budget a hundred times larger, which must stop them
within a bounded CPU time too (a step of collisions costs about what an ordinary step costs).
"""

from __future__ import annotations

from typing import Any

import pytest
from ptc_bomb_worker import MAX_BUDGET_CPU_RATIO, run_bombs
from ptc_interpreter import Limits, PtcLimitError, run
from ptc_reference import assert_same_as_cpython

ADDRESS_SPACE_CAP = 1 << 30
WORKER_CPU_CAP_S = 40
WORKER_WALL_CAP_S = 120
BIG_BUDGET = {"max_steps": 30_000_000}

COLLIDING_PAIRS = """
MASK = (1 << 64) - 1
P1, P2, P5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
I1, I2, L2 = 614540362697595703, 839798700976720815, 2870177450013471924


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & MASK


def partner(a):
    # the int b (|b| < 2**61 - 1, so hash(b) == b) with hash((a, b)) == 777: the tuple hash run backwards
    acc = rotl((P5 + a * P2) & MASK, 31) * P1 & MASK
    x = (777 - L2) * I1 & MASK
    lane = ((((x >> 31) | (x << 33)) & MASK) - acc) * I2 & MASK
    if lane < (1 << 61) - 1:
        return lane
    if lane > MASK - (1 << 61) + 2 and lane != MASK:
        return lane - (1 << 64)
    return None


pairs = []
for a in range(40_000):
    b = partner(a)
    if b is not None:
        pairs.append((a, b))
"""

M = "m = (1 << 61) - 1\n"

FLOODS = {
    "int-dict-comprehension": M + "d = {i * m: i for i in range(100_000)}",
    "int-set-from-generator": M + "s = set(i * m for i in range(100_000))",
    "int-subscript-store": M + "d = {}\nfor i in range(100_000):\n    d[i * m] = i",
    "int-counter": "import collections\n" + M + "collections.Counter([-(i * m) for i in range(1, 100_000)])",
    "int-range-fromkeys": M + "dict.fromkeys(range(0, 100_000 * m, m))",
    "float-and-int-mix": M + "d = dict.fromkeys(1 + i * m for i in range(1, 100_000))\nd[2.0 ** 61]",
    "complex": "s = {-1000003 * b + b * 1j for b in range(100_000)}",
    "inverted-small-int-tuples": COLLIDING_PAIRS
    + "for _ in range(100):\n    d = {}\n    for p in pairs:\n        d[p] = 1",
    "str-prefixed-tuples": M + "d = {}\nfor i in range(100_000):\n    d[('id', i * m)] = i",
    "frozensets": M + "s = set()\nfor i in range(100_000):\n    s.add(frozenset({i * m}))",
    "namedtuples": "import collections\n" + M + "P = collections.namedtuple('P', 'x y')\n"
    "s = {P(i * m, 0) for i in range(100_000)}",
    "frozen-dataclasses": "from dataclasses import dataclass\n" + M + "@dataclass(frozen=True)\nclass D:\n"
    "    x: int\ns = {D(i * m) for i in range(100_000)}",
    "repeated-set-operators": M + "a = {i * m for i in range(1000)}\nb = {i * m for i in range(500, 1500)}\n"
    "for _ in range(1_000_000):\n    a & b\n    a | b\n    a == b",
    "repeated-dict-copies": M + "d = {i * m: i for i in range(1000)}\nfor _ in range(1_000_000):\n"
    "    e = {}\n    e.update(d)\n    e = {**d}\n    e = dict(d)\n    e = d.copy()",
    "repeated-lookups-of-an-absent-key": M + "d = {i * m: i for i in range(1, 1000)}\n"
    "for _ in range(10_000_000):\n    0 in d",
    "small-int-lookups-in-a-big-int-cluster": M + "d = {5 + i * m: i for i in range(1, 1000)}\n"
    "for _ in range(10_000_000):\n    d.get(5)\n    5 in d",
    "program-object-beside-colliding-ints": "class K:\n    def __hash__(self):\n        return 7\n"
    + M
    + "o = K()\ns = {(o, i * m) for i in range(100_000)}",
    "decimals": "from decimal import Decimal\n" + M + "s = {Decimal(i * m) for i in range(100_000)}",
    "fractions-in-tuples": "from fractions import Fraction\n"
    + M
    + "s = {(Fraction(i * m, 7), 'x') for i in range(100_000)}",
    "enum-functional-values": "import enum\n"
    + M
    + "E = enum.Enum('E', [('a' + str(i), i * m) for i in range(90_000)])",
    "enum-class-value-lookups": "import enum\n"
    + M
    + "E = enum.Enum('E', [('a' + str(i), i * m) for i in range(1000)])\n"
    "for _ in range(10_000_000):\n    E(999 * m)",
    "set-pops": M + "for _ in range(1000):\n    s = {i * m for i in range(1000)}\n    while s:\n"
    "        s.pop()",
}


BIG_BUDGET_CASES = [
    "int-dict-comprehension",
    "int-counter",
    "inverted-small-int-tuples",
    "str-prefixed-tuples",
    "repeated-set-operators",
    "small-int-lookups-in-a-big-int-cluster",
    "enum-functional-values",
]


def _run_all() -> dict[tuple[str, str], dict[str, Any]]:
    jobs = [(name, "default") for name in FLOODS] + [(name, "big-budget") for name in BIG_BUDGET_CASES]
    return run_bombs(
        {job: (FLOODS[job[0]], BIG_BUDGET if job[1] == "big-budget" else None) for job in jobs},
        address_space_cap=ADDRESS_SPACE_CAP,
        cpu_cap_s=WORKER_CPU_CAP_S,
        wall_cap_s=WORKER_WALL_CAP_S,
    )


@pytest.fixture(scope="module")
def reports() -> dict[tuple[str, str], dict[str, Any]]:
    return _run_all()


@pytest.mark.parametrize("name", list(FLOODS))
def test_a_collision_flood_spends_the_step_budget(
    name: str, reports: dict[tuple[str, str], dict[str, Any]]
) -> None:
    report = reports[(name, "default")]
    assert report["outcome"] == "PtcLimitError" and report["limit"] == "max_steps", report
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report


@pytest.mark.parametrize("name", BIG_BUDGET_CASES)
def test_a_big_step_budget_still_bounds_a_flood_in_cpu_time(
    name: str, reports: dict[tuple[str, str], dict[str, Any]]
) -> None:
    report = reports[(name, "big-budget")]
    assert report["outcome"] == "PtcLimitError" and report["limit"] == "max_steps", report
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report


async def _steps(code: str) -> int:
    return (await run(code, limits=Limits(max_steps=10_000_000))).steps_used


async def test_distinct_64_bit_ids_as_keys_cost_what_small_ints_cost() -> None:
    # Ids past 2**61 go through the collision table, but distinct hashes cost nothing extra (charging
    # such keys by the dict's size instead would have cost ~3e8 steps for 100k ids).
    program = "d = {x: i for i, x in enumerate(ids)}\ntotal = 0\nfor x in ids:\n    total += d[x]\nlen(d)"
    big = await _steps(
        "ids = [(i * 0x9E3779B97F4A7C15) % 2**64 | 1 << 63 for i in range(100_000)]\n" + program
    )
    small = await _steps("ids = [(i * 0x9E3779B97F4A7C15) % 2**40 for i in range(100_000)]\n" + program)
    assert big <= small * 1.01


async def test_grid_coordinates_with_negatives_cost_what_positive_ones_cost() -> None:
    # (-1, y) and (-2, y) share a hash (hash(-1) == hash(-2)): a cluster of two costs a step at most.
    program = (
        "grid = {(x, y): x * y for x in range(LO, LO + 100) for y in range(LO, LO + 100)}\n"
        "total = 0\nfor _ in range(3):\n    for x, y in list(grid):\n        total += grid[(x, y)]\ntotal"
    )
    negative = await _steps(program.replace("LO", "-50"))
    positive = await _steps(program.replace("LO", "0"))
    assert negative <= positive * 1.02


async def test_looking_up_one_colliding_key_again_does_not_grow_its_cost() -> None:
    # The table counts distinct keys: looking up the same two colliding keys costs the same each time.
    program = "d = {(-1, 0): 1, (-2, 0): 2}\nt = 0\nfor _ in range(N):\n    t += d[(-1, 0)] + d[(-2, 0)]\nt"
    once = await _steps(program.replace("N", "10_000"))
    twice = await _steps(program.replace("N", "20_000"))
    assert twice - once <= once * 1.01


async def test_a_flood_of_tuples_is_charged_per_distinct_key_seen() -> None:
    with pytest.raises(PtcLimitError) as raised:
        await run(COLLIDING_PAIRS + "len(set(pairs))", limits=Limits(max_steps=1_000_000))
    assert raised.value.limit == "max_steps"
    assert "len(set(pairs))" in str(raised.value)  # the generation fits, the set does not


async def test_colliding_keys_give_cpythons_results() -> None:
    await assert_same_as_cpython(
        M + "d = {i * m: i for i in range(50)}\n"
        "s = {-1000003 * b + b * 1j for b in range(50)}\n"
        "f = {frozenset({i * m}) for i in range(50)}\n"
        "g = {5 + i * m: i for i in range(1, 50)}\n"
        "[len(d), d[7 * m], sorted(d)[:3], len(s), (-1000003 * 3 + 3j) in s, len(f), frozenset({m}) in f,\n"
        " g.get(5), 5 + m in g, 2.0 ** 61 in {1 + i * m for i in range(50)}, len({m: 1} | d),\n"
        " len(set(d) & {i * m for i in range(25, 75)}), d == dict(d), {(-1, 0): 1, (-2, 0): 2}[(-2, 0)]]"
    )


async def test_a_program_objects_hash_and_eq_run_as_often_as_in_cpython() -> None:
    # The collision table sees tuple keys holding program objects without hashing or comparing
    # those objects itself.
    await assert_same_as_cpython(
        "calls = []\n"
        "class K:\n"
        "    def __init__(self, v):\n        self.v = v\n"
        "    def __hash__(self):\n        calls.append(self.v)\n        return 7\n"
        "    def __eq__(self, other):\n        calls.append(('eq', self.v))\n"
        "        return isinstance(other, K) and self.v == other.v\n"
        "d = {}\nd[(K(1), 2)] = 1\nd[(K(1), 2)] = 2\nd[(K(2), 2)] = 3\nx = (K(2), 2) in d\n"
        "calls, len(d), x"
    )
