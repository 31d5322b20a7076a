"""The allowlist: what exists on builtin values, what does not, and what it costs."""

from __future__ import annotations

import collections
import copy
import itertools
from typing import Any

import pytest
from ptc_data_support import make_ctx
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime import attr
from ptc_interpreter.runtime.allowlist import ShimModule
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.native import BoundNativeMethod
from ptc_interpreter.runtime.values import FrozenOrderedSet, OrderedSet

CALLS: list[tuple[Any, str, tuple[Any, ...], dict[str, Any]]] = [
    ("a,b,,c", "split", (",",), {}),
    ("a b  c", "split", (), {}),
    ("a,b,c", "rsplit", (",", 1), {}),
    (" x ", "strip", (), {}),
    ("abc", "replace", ("b", "XX"), {}),
    ("aaa", "replace", ("", "-"), {}),
    ("aaa", "replace", ("a", "b", 2), {}),
    ("-", "join", (["a", "b"],), {}),
    ("x", "center", (7, "*"), {}),
    ("x", "ljust", (3,), {}),
    ("42", "zfill", (5,), {}),
    ("a\tb", "expandtabs", (4,), {}),
    ("l1\nl2\r\n", "splitlines", (), {"keepends": True}),
    ("Hello", "translate", ({ord("l"): "L"},), {}),
    ("abc", "encode", (), {}),
    ("abc", "startswith", (("x", "a"),), {}),
    ("{0}-{x}", "format", (1,), {"x": 2}),
    ("{a}", "format_map", ({"a": 5},), {}),
    (b"a,b", "split", (b",",), {}),
    (b"abc", "decode", ("ascii",), {}),
    (b"ab", "hex", (), {}),
    (255, "to_bytes", (2, "big"), {}),
    (10, "bit_length", (), {}),
    (2.5, "as_integer_ratio", (), {}),
    ([3, 1, 2], "index", (1,), {}),
    ([3, 1, 2], "count", (3,), {}),
    ((1, 2, 1), "count", (1,), {}),
    ({"a": 1}, "get", ("b", 0), {}),
    ({"a": 1}, "setdefault", ("b", []), {}),
    ({"a": 1}, "pop", ("a",), {}),
    ({"a": 1}.keys(), "isdisjoint", (["b"],), {}),
    (range(0, 10, 2), "index", (4,), {}),
]


@pytest.mark.parametrize(("receiver", "name", "args", "kwargs"), CALLS)
def test_methods_behave_like_cpython(
    ctx: RunContext, receiver: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    fresh = copy.copy if isinstance(receiver, (list, dict)) else lambda value: value  # methods may mutate
    expected = getattr(fresh(receiver), name)(*args, **kwargs)
    assert attr.call_method(ctx, fresh(receiver), name, args, kwargs) == expected
    bound = attr.get_attribute(ctx, fresh(receiver), name)
    assert isinstance(bound, BoundNativeMethod)
    assert bound(*args, **kwargs) == expected


def test_mutating_methods(ctx: RunContext) -> None:
    items = [3, 1, 2]
    attr.call_method(ctx, items, "sort", (), {"key": lambda v: -v})
    attr.call_method(ctx, items, "extend", (iter([0]),), {})
    attr.call_method(ctx, items, "append", (9,), {})
    assert items == [3, 2, 1, 0, 9]
    d: dict[str, int] = {}
    attr.call_method(ctx, d, "update", ([("a", 1)],), {"b": 2})
    assert d == {"a": 1, "b": 2}
    s = OrderedSet([1])
    attr.call_method(ctx, s, "update", ([2], (3,)), {})
    attr.call_method(ctx, s, "add", (4,), {})
    assert list(s) == [1, 2, 3, 4]
    assert list(attr.call_method(ctx, FrozenOrderedSet([1, 2]), "union", ([5],), {})) == [1, 2, 5]


def test_properties(ctx: RunContext) -> None:
    assert attr.get_attribute(ctx, range(1, 9, 2), "stop") == 9
    assert attr.get_attribute(ctx, 5, "real") == 5
    assert attr.get_attribute(ctx, ValueError("x", 1), "args") == ("x", 1)
    assert attr.get_attribute(ctx, KeyError, "__name__") == "KeyError"


@pytest.mark.parametrize(
    ("receiver", "name"),
    [
        ("s", "__base__"),
        ("s", "__len__"),
        ("s", "_x"),
        ("s", "format_spec"),
        ([], "__init__"),
        ({}, "__dict__"),
        ((), "__getitem__"),
        (1, "__add__"),
        (None, "__doc__"),
        (ValueError, "__subclasses__"),
        (ValueError, "mro"),
        (ValueError("x"), "__traceback__"),
        (ValueError("x"), "with_traceback"),
        (OrderedSet(), "entries"),
        (len, "__self__"),
        (iter([]), "__reduce__"),
        (attr.get_attribute(make_ctx(), "s", "upper"), "receiver"),
        (attr.get_attribute(make_ctx(), "s", "upper"), "function"),
    ],
)
def test_unlisted_attributes_do_not_exist(ctx: RunContext, receiver: Any, name: str) -> None:
    with pytest.raises(AttributeError):
        attr.get_attribute(ctx, receiver, name)
    with pytest.raises(AttributeError):
        attr.call_method(ctx, receiver, name, (), {})


def test_missing_attribute_messages_match_cpython(ctx: RunContext) -> None:
    with pytest.raises(AttributeError, match=r"^'str' object has no attribute 'foo'$"):
        attr.get_attribute(ctx, "x", "foo")
    with pytest.raises(AttributeError, match=r"^'set' object has no attribute 'append'$"):
        attr.call_method(ctx, OrderedSet(), "append", (1,), {})
    with pytest.raises(AttributeError, match=r"^'NoneType' object has no attribute 'get'$"):
        attr.call_method(ctx, None, "get", ("k",), {})
    with pytest.raises(AttributeError, match=r"^type object 'ValueError' has no attribute 'x'$"):
        attr.get_attribute(ctx, ValueError, "x")


def test_builtin_values_are_read_only(ctx: RunContext) -> None:
    with pytest.raises(AttributeError, match="'list' object attribute 'append' is read-only"):
        attr.set_attribute(ctx, [], "append", 1)
    with pytest.raises(AttributeError, match="'str' object has no attribute 'x'"):
        attr.set_attribute(ctx, "s", "x", 1)
    with pytest.raises(AttributeError):
        attr.del_attribute(ctx, {}, "get")


def test_interpreter_objects_answer_through_their_hooks(ctx: RunContext) -> None:
    module = ShimModule("m", {"f": 1})
    assert attr.get_attribute(ctx, module, "f") == 1
    with pytest.raises(AttributeError, match="module 'm' has no attribute 'g'"):
        attr.get_attribute(ctx, module, "g")


def test_native_subclasses_inherit_entries_with_their_own_overrides(ctx: RunContext) -> None:
    counter = collections.Counter("ab")
    attr.call_method(ctx, counter, "update", ("a",), {})
    assert counter["a"] == 2  # Counter.update counts; dict.update would have replaced
    assert attr.call_method(ctx, collections.defaultdict(list), "get", ("k", 0), {}) == 0


@pytest.mark.parametrize(
    ("receiver", "name", "args", "limit"),
    [
        ("x", "center", (10**9,), "max_string_length"),
        ("x", "rjust", (10**9,), "max_string_length"),
        ("1", "zfill", (10**9,), "max_string_length"),
        ("\t" * 1000, "expandtabs", (10**6,), "max_string_length"),
        ("a" * 1000, "replace", ("a", "b" * 10**4), "max_string_length"),
        ("x", "join", (["a" * 600_000, "b" * 600_000],), "max_string_length"),
        (",", "join", (itertools.repeat("a"),), "max_container_length"),
        ("," * 200_000, "split", (",",), "max_container_length"),
        ("a" * 100_000, "translate", ({ord("a"): "b" * 100},), "max_string_length"),
        ([], "extend", (itertools.count(),), "max_container_length"),
        (OrderedSet(), "update", (itertools.count(),), "max_container_length"),
        ({}, "update", (zip(itertools.count(), itertools.count()),), "max_container_length"),
        (1, "to_bytes", (10**9, "big"), "max_string_length"),
    ],
)
def test_methods_check_sizes_before_working(
    receiver: Any, name: str, args: tuple[Any, ...], limit: str
) -> None:
    with pytest.raises(PtcLimitError) as info:
        attr.call_method(make_ctx(), receiver, name, args, {})
    assert info.value.limit == limit


def test_sort_and_scans_are_charged() -> None:
    ctx = make_ctx()
    attr.call_method(ctx, list(range(50_000)), "sort", (), {})
    after_sort = ctx.steps_left
    assert ctx.limits.max_steps - after_sort >= 50_000 * 16 // 8
    attr.call_method(ctx, "a" * 900_000, "upper", (), {})
    assert after_sort - ctx.steps_left >= 900_000 // 256


def test_unsupported_encodings_are_rejected(ctx: RunContext) -> None:
    with pytest.raises(LookupError, match="unknown or unsupported encoding"):
        attr.call_method(ctx, "x", "encode", ("rot13",), {})
    with pytest.raises(LookupError):
        attr.call_method(ctx, b"x", "decode", ("zlib_codec",), {})
