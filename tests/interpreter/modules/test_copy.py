"""The `copy` shim: copies of program data equal CPython's, sharing and cycles kept, others refused."""

from __future__ import annotations

import textwrap
from collections import Counter, OrderedDict, defaultdict, deque
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime.values import OrderedSet
from ptc_reference import assert_same_as_cpython
from ptc_shims import Shims


def test_deepcopy_rebuilds_nested_data(shims: Shims) -> None:
    shared = [1, 2]
    value = {
        "a": [shared, shared],
        "t": (shared, "x"),
        "c": Counter("aab"),
        "d": defaultdict(list, {"k": [1]}),
        "o": OrderedDict(z=1),
        "q": deque([[1]], maxlen=3),
        "s": OrderedSet([1, 2]),
    }
    copied = shims.copy.deepcopy(value)
    assert copied == value
    assert copied["a"][0] is copied["a"][1] is copied["t"][0]
    assert copied["a"][0] is not shared
    assert type(copied["c"]) is Counter and type(copied["d"]) is defaultdict
    assert copied["d"].default_factory is list and copied["q"].maxlen == 3
    assert copied["q"][0] is not value["q"][0]
    assert copied["s"] == value["s"] and copied["s"] is not value["s"]


def test_deepcopy_keeps_cycles(shims: Shims) -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    copied = shims.copy.deepcopy(loop)
    assert copied[1] is copied and copied is not loop


def test_shallow_copy(shims: Shims) -> None:
    inner = [1]
    outer = [inner]
    copied = shims.copy.copy(outer)
    assert copied == outer and copied is not outer and copied[0] is inner
    assert shims.copy.copy((1, 2)) == (1, 2)


def test_other_objects_are_refused(shims: Shims) -> None:
    with pytest.raises(TypeError, match="cannot copy"):
        shims.copy.deepcopy([object()])
    with pytest.raises(TypeError, match="cannot copy"):
        shims.copy.copy(object())


def test_deepcopy_is_charged_and_depth_limited(make_shims: Any) -> None:
    shims = make_shims(max_steps=1_000)
    with pytest.raises(PtcLimitError, match="step budget"):
        shims.copy.deepcopy([list(range(100)) for _ in range(100)])
    nested: list[Any] = []
    for _ in range(1_000):
        nested = [nested]
    with pytest.raises(PtcLimitError, match="nested more than"):
        make_shims().copy.deepcopy(nested)


async def test_program_using_copy_matches_cpython() -> None:
    source = textwrap.dedent(
        """
        import copy
        state = {"items": [{"id": 1, "tags": ["a"]}], "seen": {1, 2}}
        snapshot = copy.deepcopy(state)
        state["items"][0]["tags"].append("b")
        shallow = copy.copy(state)
        shallow["new"] = True
        print(snapshot, "new" in state, shallow["items"] is state["items"])
        snapshot
        """
    )
    await assert_same_as_cpython(source)


async def test_deepcopy_of_namedtuples_and_frozensets_matches_cpython() -> None:
    source = textwrap.dedent(
        """
        import collections, copy
        P = collections.namedtuple("P", "a b")
        p = P([1], (2, [3]))
        q = copy.deepcopy(p)
        p.a.append(9)
        p.b[1].append(9)
        f = copy.deepcopy(frozenset({(1, 2)}))
        print(type(q).__name__, q, q.a is p.a, f)
        [list(q), isinstance(q, P), sorted(f)]
        """
    )
    await assert_same_as_cpython(source)
