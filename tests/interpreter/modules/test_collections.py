"""The `collections` shim: real CPython containers behind budget-checked constructors and methods."""

from __future__ import annotations

import collections
import itertools
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_shims import Shims


def test_counter_matches_cpython(shims: Shims) -> None:
    words = ["the", "cat", "and", "the", "hat", "and", "the", "bat"]
    counter = shims.collections.Counter(words)
    expected = collections.Counter(words)
    assert counter == expected
    assert repr(counter) == repr(expected)
    assert shims.attr(counter, "most_common")(2) == expected.most_common(2)
    assert sorted(shims.attr(counter, "elements")()) == sorted(expected.elements())
    assert shims.attr(counter, "total")() == expected.total()
    shims.attr(counter, "update")(["cat", "cat"])
    shims.attr(counter, "subtract")({"the": 1})
    expected.update(["cat", "cat"])
    expected.subtract({"the": 1})
    assert counter == expected
    assert counter["missing"] == 0
    assert shims.collections.Counter(a=2, b=1) == collections.Counter(a=2, b=1)
    assert repr(shims.attr(counter, "elements")()) == "<itertools.chain object>"


def test_classes_look_like_cpython_and_work_with_isinstance(shims: Shims) -> None:
    c = shims.collections
    assert repr(c.Counter) == "<class 'collections.Counter'>"
    assert repr(c.defaultdict) == "<class 'collections.defaultdict'>"
    assert repr(c.OrderedDict) == "<class 'collections.OrderedDict'>"
    assert repr(c.deque) == "<class 'collections.deque'>"
    assert isinstance(c.Counter("ab"), c.Counter)
    assert isinstance(c.Counter("ab"), dict)
    assert not isinstance({}, c.Counter)
    assert isinstance(c.deque(), c.deque)
    assert issubclass(collections.Counter, c.Counter)


def test_defaultdict_and_ordered_dict(shims: Shims) -> None:
    groups = shims.collections.defaultdict(list)
    for word in ["apple", "avocado", "banana"]:
        groups[word[0]].append(word)
    assert groups == {"a": ["apple", "avocado"], "b": ["banana"]}
    assert repr(groups) == repr(collections.defaultdict(list, groups))
    assert shims.attr(groups, "default_factory") is list
    with pytest.raises(TypeError, match="callable"):
        shims.collections.defaultdict(3)
    ordered = shims.collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
    shims.attr(ordered, "move_to_end")("a")
    assert list(ordered) == ["b", "c", "a"]
    assert shims.attr(ordered, "popitem")(last=False) == ("b", 2)
    assert repr(ordered) == "OrderedDict([('c', 3), ('a', 1)])"
    assert shims.collections.OrderedDict.ptc_getattr(shims.ctx, "fromkeys")("ab", 0) == {"a": 0, "b": 0}


def test_deque_matches_cpython(shims: Shims) -> None:
    window = shims.collections.deque([1, 2, 3], maxlen=3)
    expected = collections.deque([1, 2, 3], maxlen=3)
    for d in (window, expected):
        d.append(4)
        d.appendleft(0)
        d.rotate(1)
    shims.attr(window, "extend")([7, 8])
    expected.extend([7, 8])
    assert window == expected
    assert repr(window) == repr(expected)
    assert shims.attr(window, "maxlen") == 3
    assert shims.attr(window, "popleft")() == expected.popleft()
    assert shims.attr(window, "count")(8) == 1
    unbounded = shims.collections.deque("abc")
    shims.attr(unbounded, "extendleft")("xy")
    assert list(unbounded) == ["y", "x", "a", "b", "c"]


def test_constructors_charge_and_stop_endless_input(make_shims: Any) -> None:
    shims = make_shims(max_steps=1_000)
    with pytest.raises(PtcLimitError):
        shims.collections.Counter(itertools.count())
    shims = make_shims(max_steps=1_000)
    with pytest.raises(PtcLimitError):
        shims.collections.deque(itertools.count(), maxlen=2)


def test_growth_is_bounded_by_the_container_limit(make_shims: Any) -> None:
    shims = make_shims(max_container_length=10)
    d = shims.collections.deque(range(10))
    with pytest.raises(PtcLimitError):
        shims.attr(d, "append")(11)
    with pytest.raises(PtcLimitError):
        shims.collections.Counter(range(11))
    bounded = shims.collections.deque(range(100), maxlen=5)
    assert list(bounded) == [95, 96, 97, 98, 99]


def test_namedtuple_behaves_like_cpython(shims: Shims) -> None:
    point_class = shims.collections.namedtuple("Point", "x y")
    reference = collections.namedtuple("Point", "x y")
    point: Any = point_class(1, y=2)
    assert point == reference(1, y=2) == (1, 2)
    assert repr(point) == repr(reference(1, 2))
    read_field = point.ptc_getattr
    assert read_field(shims.ctx, "y") == 2
    assert isinstance(point, point_class) and isinstance(point, tuple)
    assert sorted([point_class(2, 1), point_class(1, 5)]) == [(1, 5), (2, 1)]
    row_class = shims.collections.namedtuple("Row", ["name", "team"], defaults=[None])
    assert repr(row_class("ana")) == "Row(name='ana', team=None)"
    with pytest.raises(TypeError) as ours:
        point_class(1)
    with pytest.raises(TypeError) as theirs:
        reference(1)  # pyright: ignore[reportCallIssue]
    assert str(ours.value) == str(theirs.value)
    with pytest.raises(ValueError, match="underscore"):
        shims.collections.namedtuple("Bad", ["_x"])
    with pytest.raises(AttributeError):
        read_field(shims.ctx, "z")


@pytest.mark.parametrize(
    "build",
    [
        lambda c: c.Counter(range(10**8)),
        lambda c: c.OrderedDict(zip(range(10**8), range(10**8), strict=True)),
        lambda c: c.deque(range(10**8)),
        lambda c: c.defaultdict(list, ((i, i) for i in range(10**8))),
    ],
)
def test_growing_from_huge_inputs_fails_on_the_container_limit_early(make_shims: Any, build: Any) -> None:
    shims = make_shims(max_container_length=1_000, max_steps=10**9)
    with pytest.raises(PtcLimitError, match=r"container of [0-9]+ elements"):
        build(shims.collections)
