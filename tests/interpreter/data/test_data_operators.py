"""Operators as compiled code calls them: CPython's results, with sizes checked before allocating."""

from __future__ import annotations

import ast
import itertools
import operator
from typing import Any

import pytest
from ptc_data_support import make_ctx
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.operators import BINARY, COMPARE, INPLACE, UNARY
from ptc_interpreter.runtime.values import FrozenOrderedSet, OrderedSet

NATIVE_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
    ast.LShift: operator.lshift,
    ast.RShift: operator.rshift,
    ast.BitOr: operator.or_,
    ast.BitAnd: operator.and_,
    ast.BitXor: operator.xor,
}
SAMPLES: list[Any] = [0, 1, -7, 3, True, 2.5, -0.0, 10**20, "ab", "", [1, 2], (3,), b"xy", None, {"k": 1}]


def _outcome(function: Any, *args: Any) -> tuple[str, Any]:
    try:
        return ("ok", function(*args))
    except Exception as error:
        return ("error", type(error).__name__)


@pytest.mark.parametrize("op", list(NATIVE_BINARY))
def test_binary_matches_cpython_on_samples(ctx: RunContext, op: type[ast.operator]) -> None:
    for a, b in itertools.product(SAMPLES, repeat=2):
        if op is ast.Mod and isinstance(a, (str, bytes)):
            continue  # %-formatting has its own tests
        ours = _outcome(BINARY[op], ctx, a, b)
        if ours == ("error", "PtcLimitError"):
            assert op in (ast.Pow, ast.LShift, ast.Mult) and 10**20 in (a, b), (
                op,
                a,
                b,
            )  # huge in CPython too
            continue
        assert ours == _outcome(NATIVE_BINARY[op], a, b), (op, a, b)


def test_compare_and_unary_match_cpython(ctx: RunContext) -> None:
    natives = {
        ast.Eq: operator.eq,
        ast.NotEq: operator.ne,
        ast.Lt: operator.lt,
        ast.LtE: operator.le,
        ast.Gt: operator.gt,
        ast.GtE: operator.ge,
        ast.Is: operator.is_,
        ast.IsNot: operator.is_not,
    }
    for (op, native), a, b in itertools.product(natives.items(), SAMPLES, SAMPLES):
        assert _outcome(COMPARE[op], ctx, a, b) == _outcome(native, a, b), (op, a, b)
    for a in SAMPLES:
        assert _outcome(UNARY[ast.USub], ctx, a) == _outcome(operator.neg, a)
        assert _outcome(UNARY[ast.Invert], ctx, a) == _outcome(operator.invert, a)
        assert UNARY[ast.Not](ctx, a) == (not a)


def test_membership(ctx: RunContext) -> None:
    contains, not_contains = COMPARE[ast.In], COMPARE[ast.NotIn]
    assert contains(ctx, 2, [1, 2]) and contains(ctx, "b", "abc") and contains(ctx, 1, OrderedSet([1]))
    assert contains(ctx, "k", {"k": 1}) and contains(ctx, 3, range(10)) and not_contains(ctx, 3.5, range(10))
    assert contains(ctx, 4, map(abs, [-4])) and not contains(ctx, 9, iter([1, 2]))


@pytest.mark.parametrize(
    ("op", "a", "b", "limit"),
    [
        (ast.Mult, "ab", 10**7, "max_string_length"),
        (ast.Mult, 10**7, b"x", "max_string_length"),
        (ast.Mult, [0], 10**6, "max_container_length"),
        (ast.Mult, (0, 1), 10**9, "max_container_length"),
        (ast.Pow, 2, 10**6, "max_int_bits"),
        (ast.Pow, 10**100, 10**100, "max_int_bits"),
        (ast.LShift, 1, 10**9, "max_int_bits"),
        (ast.Mult, 2**4000, 2**4000, "max_int_bits"),
        (ast.Add, "x" * 600_000, "y" * 600_000, "max_string_length"),
        (ast.Add, [0] * 60_000, [1] * 60_000, "max_container_length"),
        (
            ast.BitOr,
            dict.fromkeys(range(60_000)),
            dict.fromkeys(range(60_000, 120_000)),
            "max_container_length",
        ),
    ],
)
def test_size_is_checked_before_allocating(op: type[ast.operator], a: Any, b: Any, limit: str) -> None:
    with pytest.raises(PtcLimitError) as info:
        BINARY[op](make_ctx(), a, b)
    assert info.value.limit == limit


def test_int_growth_by_repeated_addition_is_bounded() -> None:
    ctx = make_ctx(max_int_bits=128)
    x = 1
    with pytest.raises(PtcLimitError):
        for _ in range(200):
            x = BINARY[ast.Add](ctx, x, x)
    assert x.bit_length() <= 128


def test_dict_view_set_operations_return_ordered_sets(ctx: RunContext) -> None:
    keys = {"b": 1, "a": 2, "c": 3}.keys()
    for op, expected in [
        (ast.BitAnd, ["b", "c"]),
        (ast.BitOr, ["b", "a", "c", "z"]),
        (ast.Sub, ["a"]),
        (ast.BitXor, ["a", "z"]),
    ]:
        result = BINARY[op](ctx, keys, OrderedSet(["c", "b", "z"]) if op is not ast.Sub else ["c", "b", "z"])
        assert type(result) is OrderedSet and list(result) == expected, op
    reflected = BINARY[ast.BitOr](ctx, ["z"], keys)
    assert type(reflected) is OrderedSet and list(reflected) == ["z", "b", "a", "c"]
    items = BINARY[ast.BitAnd](ctx, {"a": 1}.items(), [("a", 1), ("b", 2)])
    assert type(items) is OrderedSet and list(items) == [("a", 1)]


def test_set_operators(ctx: RunContext) -> None:
    result = BINARY[ast.BitOr](ctx, OrderedSet([2, 1]), FrozenOrderedSet([3]))
    assert type(result) is OrderedSet and list(result) == [2, 1, 3]
    with pytest.raises(TypeError):
        BINARY[ast.BitOr](ctx, OrderedSet([1]), [2])


def test_inplace_operators_mutate_like_cpython(ctx: RunContext) -> None:
    items = [1]
    assert INPLACE[ast.Add](ctx, items, (2, 3)) is items and items == [1, 2, 3]
    assert INPLACE[ast.Mult](ctx, items, 2) is items and items == [1, 2, 3, 1, 2, 3]
    d = {"a": 1}
    assert INPLACE[ast.BitOr](ctx, d, [("b", 2)]) is d and d == {"a": 1, "b": 2}
    s = OrderedSet([1, 2])
    # a set's `|=` takes only sets: with a dict view it is `s | view`, a new set, as in CPython
    merged = INPLACE[ast.BitOr](ctx, s, {"x": 0}.keys())
    assert merged is not s and list(merged) == [1, 2, "x"] and list(s) == [1, 2]
    s = merged
    assert INPLACE[ast.Sub](ctx, s, OrderedSet([1])) is s and list(s) == [2, "x"]
    assert INPLACE[ast.BitAnd](ctx, s, FrozenOrderedSet(["x"])) is s and list(s) == ["x"]
    t = (1,)
    assert INPLACE[ast.Add](ctx, t, (2,)) == (1, 2) and t == (1,)
    assert INPLACE[ast.Add](ctx, "a", "b") == "ab"


def test_inplace_extend_from_endless_iterator_hits_a_limit() -> None:
    with pytest.raises(PtcLimitError):
        INPLACE[ast.Add](make_ctx(), [], itertools.repeat(1))


def test_membership_in_endless_iterator_is_charged() -> None:
    ctx = make_ctx(max_steps=10_000)
    with pytest.raises(PtcLimitError) as info:
        COMPARE[ast.In](ctx, -1, itertools.count())
    assert info.value.limit == "max_steps"


def test_membership_of_float_in_huge_range_is_charged() -> None:
    with pytest.raises(PtcLimitError):
        COMPARE[ast.In](make_ctx(), 0.5, range(10**15))


def test_percent_operator_formats_strings(ctx: RunContext) -> None:
    assert BINARY[ast.Mod](ctx, "%s-%03d", ("a", 7)) == "a-007"
    assert BINARY[ast.Mod](ctx, 7, 3) == 1


def test_comparing_shared_rows_is_charged_by_what_it_walks() -> None:
    rows, copies = [list(range(100_000))] * 1000, [list(range(100_000))] * 1000
    with pytest.raises(PtcLimitError) as info:
        COMPARE[ast.Eq](make_ctx(), rows, copies)
    assert info.value.limit == "max_steps"
    with pytest.raises(PtcLimitError):
        COMPARE[ast.In](make_ctx(), list(range(10_000)), [[0] * 10_000] * 5_000)


def test_small_comparisons_stay_cheap(ctx: RunContext) -> None:
    before = ctx.steps_left
    assert COMPARE[ast.Eq](ctx, [(1, "a"), (2, "b")], [(1, "a"), (2, "b")])
    assert COMPARE[ast.Lt](ctx, {"k": [1]}.get("k"), [2])
    assert before - ctx.steps_left <= 2
