"""The program's set/frozenset: insertion order, equality with native sets, CPython-like reprs."""

from __future__ import annotations

import pytest
from ptc_data_support import outputs_under_hash_seeds
from ptc_interpreter.runtime.values import FrozenOrderedSet, OrderedSet


def test_iterates_in_insertion_order() -> None:
    s = OrderedSet(["pear", "apple", "fig", "apple"])
    s.add("banana")
    s.discard("fig")
    assert list(s) == ["pear", "apple", "banana"]


def test_repr_matches_cpython() -> None:
    assert repr(OrderedSet([1, 2])) == "{1, 2}"
    assert repr(OrderedSet()) == "set()"
    assert repr(FrozenOrderedSet([1])) == "frozenset({1})"
    assert repr(FrozenOrderedSet()) == "frozenset()"


def test_equal_to_native_sets_both_ways() -> None:
    assert OrderedSet([1, 2]) == {2, 1}
    assert {2, 1} == OrderedSet([1, 2])
    assert FrozenOrderedSet([1]) == frozenset({1})
    assert OrderedSet([1]) == FrozenOrderedSet([1])
    assert OrderedSet([1]) != {1, 2}
    assert {"a": 1}.keys() == OrderedSet(["a"])
    assert OrderedSet(["a"]) == {"a": 1}.keys()
    assert OrderedSet([1]) != [1]


def test_frozenset_hashes_like_native_frozenset() -> None:
    assert hash(FrozenOrderedSet([1, "a"])) == hash(frozenset({"a", 1}))
    table: dict[object, str] = {FrozenOrderedSet([1, 2]): "x"}
    assert table[frozenset({2, 1})] == "x"
    with pytest.raises(TypeError, match="unhashable type: 'set'"):
        hash(OrderedSet())


def test_native_error_messages_name_set() -> None:
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for \+: 'set' and 'int'"):
        OrderedSet() + 1  # type: ignore[operator]
    with pytest.raises(KeyError):
        OrderedSet().remove(1)


def test_operators_keep_left_type_and_order() -> None:
    a, b = OrderedSet([3, 1, 2]), FrozenOrderedSet([2, 5])
    assert list(a | b) == [3, 1, 2, 5] and type(a | b) is OrderedSet
    assert list(b | a) == [2, 5, 3, 1] and type(b | a) is FrozenOrderedSet
    assert list(a & b) == [2]
    assert list(a - b) == [3, 1]
    assert list(a ^ b) == [3, 1, 5]
    assert a > OrderedSet([1]) and OrderedSet([1]) <= a and not a < a


def test_reflected_operators_with_native_sets_return_ordered_sets() -> None:
    assert type({1} | OrderedSet([2])) is OrderedSet
    assert list(frozenset({1}) & OrderedSet([2, 1])) == [1]


def test_methods() -> None:
    s = OrderedSet([1, 2, 3])
    assert s.issubset([1, 2, 3, 4]) and s.issuperset([1]) and s.isdisjoint([7])
    assert list(s.union([4], (5,))) == [1, 2, 3, 4, 5]
    assert list(s.intersection([3, 1])) == [1, 3]
    assert list(s.difference([2])) == [1, 3]
    s.difference_update([1])
    s.intersection_update([3, 2, 9])
    assert list(s) == [2, 3]
    s.symmetric_difference_update([3, 4])
    assert list(s) == [2, 4]
    s |= OrderedSet([5])
    s -= {2}
    assert list(s) == [4, 5]
    copy = s.copy()
    copy.clear()
    assert list(s) == [4, 5] and not copy


def test_pop_takes_oldest_and_stays_linear() -> None:
    s = OrderedSet(range(100_000))
    popped = [s.pop() for _ in range(100_000)]
    assert popped[:3] == [0, 1, 2] and not s
    with pytest.raises(KeyError, match="pop from an empty set"):
        s.pop()


def test_order_does_not_depend_on_hash_seed() -> None:
    code = (
        "from ptc_interpreter.runtime.values import OrderedSet\n"
        "s = OrderedSet(['kiwi', 'apple', 'zebra', 'mango', 'fig'])\n"
        "print(repr(s | {'x': 1}.keys()), list(s & OrderedSet(['fig', 'kiwi'])))"
    )
    outputs = outputs_under_hash_seeds(code, ("1", "2", "3"))
    assert outputs == {"{'kiwi', 'apple', 'zebra', 'mango', 'fig', 'x'} ['kiwi', 'fig']\n"}
