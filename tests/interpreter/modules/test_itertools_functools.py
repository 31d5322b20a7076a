"""The `itertools` and `functools` shims: CPython's results, lazily, and never an unpaid native loop."""

from __future__ import annotations

import functools
import itertools
import operator
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_shims import Shims


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("chain", ("ab", [1, 2]), {}),
        ("islice", ("abcdefgh", 2, 7, 2), {}),
        ("islice", ("abcdefgh", 3), {}),
        ("product", ("ab", "xy"), {}),
        ("product", ("ab",), {"repeat": 2}),
        ("permutations", ("abc", 2), {}),
        ("combinations", ("abcd", 2), {}),
        ("combinations_with_replacement", ("ab", 2), {}),
        ("accumulate", ([1, 2, 3, 4],), {}),
        ("accumulate", ([1, 2, 3, 4], operator.mul), {"initial": 10}),
        ("accumulate", (["a", "b", "c"],), {}),
        ("zip_longest", ("ab", "xyz"), {"fillvalue": "-"}),
        ("takewhile", (lambda x: x < 3, [1, 2, 3, 1]), {}),
        ("dropwhile", (lambda x: x < 3, [1, 2, 3, 1]), {}),
        ("filterfalse", (None, [0, 1, "", "x"]), {}),
        ("compress", ("abcd", [1, 0, 1, 0]), {}),
        ("starmap", (pow, [(2, 3), (3, 2)]), {}),
        ("pairwise", ("abcd",), {}),
        ("repeat", ("x", 3), {}),
    ],
)
def test_results_equal_cpython(
    shims: Shims, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    ours = getattr(shims.itertools, name)(*args, **kwargs)
    theirs = getattr(itertools, name)(*args, **kwargs)
    assert list(ours) == list(theirs)
    if name in ("count", "repeat"):  # CPython shows where they are: `repeat('x', 0)`
        assert repr(ours) == repr(theirs)
    else:  # the others' CPython repr holds an address, left out
        assert repr(ours) == f"<itertools.{name} object>"


def test_groupby_equals_cpython(shims: Shims) -> None:
    data = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
    ours = [(k, list(g)) for k, g in shims.itertools.groupby(data, key=lambda s: s[0])]
    assert ours == [(k, list(g)) for k, g in itertools.groupby(data, key=lambda s: s[0])]
    assert [k for k, _ in shims.itertools.groupby("aabbbc")] == ["a", "b", "c"]
    assert list(shims.itertools.groupby([])) == []


def test_infinite_iterators_stay_lazy(shims: Shims) -> None:
    assert list(shims.itertools.islice(shims.itertools.count(5, 2), 3)) == [5, 7, 9]
    assert list(shims.itertools.islice(shims.itertools.cycle("ab"), 5)) == list("ababa")
    assert list(shims.itertools.islice(shims.itertools.repeat(1), 2)) == [1, 1]
    assert list(shims.itertools.chain.ptc_getattr(shims.ctx, "from_iterable")(["ab", "c"])) == ["a", "b", "c"]
    assert list(shims.itertools.batched("abcdefg", 3)) == [("a", "b", "c"), ("d", "e", "f"), ("g",)]
    first, second = shims.itertools.tee("abc")
    assert (list(first), list(second)) == (["a", "b", "c"], ["a", "b", "c"])


@pytest.mark.parametrize(
    "build",
    [
        lambda it: it.islice(it.count(), 10**12, None),
        lambda it: it.filterfalse(None, it.repeat(1)),
        lambda it: it.dropwhile(bool, it.repeat(1)),
        lambda it: it.compress(it.count(), it.repeat(0)),
    ],
)
def test_native_skipping_loops_are_charged(make_shims: Any, build: Any) -> None:
    shims = make_shims(max_steps=10_000)
    with pytest.raises(PtcLimitError, match="step budget"):
        next(iter(build(shims.itertools)))


def test_inputs_materialised_by_combinatorics_are_bounded(make_shims: Any) -> None:
    shims = make_shims(max_steps=10_000)
    with pytest.raises(PtcLimitError):
        shims.itertools.product(itertools.count(), repeat=2)


def test_accumulate_checks_string_growth(make_shims: Any) -> None:
    shims = make_shims(max_string_length=1_000)
    with pytest.raises(PtcLimitError):
        list(shims.itertools.accumulate(["x" * 100] * 20))


def test_functools_reduce_partial_cmp_to_key(shims: Shims) -> None:
    assert shims.functools.reduce(operator.add, [1, 2, 3], 10) == 16
    assert shims.functools.reduce(max, [3, 9, 2]) == 9
    with pytest.raises(TypeError):
        shims.functools.reduce(operator.add, [])
    add3 = shims.functools.partial(operator.add, 3)
    assert add3(4) == 7
    assert repr(add3) == "functools.partial(<built-in function add>, 3)"
    assert repr(shims.functools.partial) == "<class 'functools.partial'>"
    nested = shims.functools.partial(add3)
    assert nested.ptc_getattr(shims.ctx, "args") == (3,)
    by_length = shims.functools.cmp_to_key(lambda a, b: len(a) - len(b))
    assert sorted(["ccc", "a", "bb"], key=by_length) == ["a", "bb", "ccc"]
    assert sorted(["ccc", "a", "bb"], key=by_length) == sorted(
        ["ccc", "a", "bb"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))
    )


def test_reduce_is_charged(make_shims: Any) -> None:
    shims = make_shims(max_steps=100)
    with pytest.raises(PtcLimitError):
        shims.functools.reduce(operator.add, itertools.repeat(1))


def test_cache_and_lru_cache_memoise(shims: Shims) -> None:
    calls: list[int] = []

    def square(n: int) -> int:
        calls.append(n)
        return n * n

    cached = shims.functools.cache(square)
    assert [cached(3), cached(3), cached(4)] == [9, 9, 16]
    assert calls == [3, 4]
    bounded = shims.functools.lru_cache(maxsize=1)(square)
    bounded(5)
    bounded(6)
    bounded(5)
    assert calls == [3, 4, 5, 6, 5]
    bare = shims.functools.lru_cache(square)
    bare(7)
    bare(7)
    assert calls[-1] == 7 and calls.count(7) == 1
    bare.ptc_getattr(shims.ctx, "cache_clear")()
    bare(7)
    assert calls.count(7) == 2


@pytest.mark.parametrize(
    "build",
    [
        lambda it: it.permutations(range(5_000)),
        lambda it: it.combinations(range(5_000), 2_500),
        lambda it: it.product(range(2), repeat=5_000),
    ],
)
def test_wide_combinatoric_tuples_are_paid_per_tuple(make_shims: Any, build: Any) -> None:
    shims = make_shims(max_steps=10_000)
    produced = 0
    with pytest.raises(PtcLimitError, match="step budget"):
        for _ in build(shims.itertools):
            produced += 1
    assert produced < 100
