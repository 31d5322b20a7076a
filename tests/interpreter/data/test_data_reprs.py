"""Reprs: CPython's text for plain data, no addresses ever, and bounded before they grow."""

from __future__ import annotations

from typing import Any

import pytest
from ptc_data_support import make_ctx
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime.reprs import program_repr, program_str
from ptc_interpreter.runtime.values import FrozenOrderedSet, OrderedSet

PLAIN: list[Any] = [
    None,
    True,
    -3,
    2.5,
    1e100,
    'quote\'s "both"\n',
    b"\x00bytes",
    [1, [2, (3,)], {"k": (None, False)}],
    (),
    (1,),
    {"nested": {"deep": [1.0, -0.0]}},
    {1: "a"}.keys(),
    {1: "a"}.values(),
    {1: "a"}.items(),
    range(0, 10, 3),
    ValueError("bad", 1),
    KeyError("k"),
    ValueError,
    list(range(-5, 20)),
    {str(i): i * 0.5 for i in range(10)},
    tuple("abcdefghij"),
    ["\x00é\U0001f600", "'q'"] * 8,
    [None, True, 1.5, -(2**70)] * 4,
]


@pytest.mark.parametrize("value", PLAIN, ids=repr)
def test_plain_data_reprs_match_cpython(value: Any) -> None:
    assert program_repr(value) == repr(value)
    assert program_str(value) == str(value)


def test_sets_repr_in_insertion_order() -> None:
    assert program_repr([OrderedSet(["z", "a"]), FrozenOrderedSet([2, 1]), OrderedSet()]) == (
        "[{'z', 'a'}, frozenset({2, 1}), set()]"
    )
    assert program_str(OrderedSet([1])) == "{1}"


def test_exception_str_follows_cpython_rules() -> None:
    assert program_str(ValueError()) == ""
    assert program_str(ValueError("msg")) == "msg"
    assert program_str(ValueError("a", 2)) == "('a', 2)"
    assert program_str(KeyError("k")) == "'k'"
    assert program_repr(ValueError([OrderedSet([1])])) == "ValueError([{1}])"


def test_self_references_are_elided() -> None:
    items: list[Any] = [1]
    items.append(items)
    d: dict[str, Any] = {}
    d["me"] = d
    assert program_repr(items) == repr(items) == "[1, [...]]"
    assert program_repr(d) == repr(d)


def test_no_addresses() -> None:
    def generator() -> Any:
        yield 1

    texts = [program_repr(value) for value in (iter([]), generator(), object(), map(str, []), lambda: 0, len)]
    assert texts[:4] == ["<list_iterator object>", "<generator object>", "<object object>", "<map object>"]
    assert all(" at 0x" not in text for text in texts)
    assert texts[5] == "<built-in function len>"


def test_shared_substructure_bomb_is_stopped_by_length() -> None:
    row = [[1] * 1000] * 1000
    with pytest.raises(PtcLimitError) as info:
        program_str([row] * 1000, make_ctx())
    assert info.value.limit == "max_string_length"


def test_deep_nesting_raises_recursion_error() -> None:
    nested: list[Any] = []
    for _ in range(10_000):
        nested = [nested]
    with pytest.raises(RecursionError):
        program_repr(nested)


def test_repr_charges_the_budget() -> None:
    ctx = make_ctx()
    program_repr([[0] * 10_000 for _ in range(10)], ctx)
    assert ctx.limits.max_steps - ctx.steps_left >= 10 * 10_000 // 16
