"""The `json` shim: CPython's output and errors, with budget, size and depth limits enforced first."""

from __future__ import annotations

import json
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime.values import OrderedSet
from ptc_shims import Shims

VALUES: list[Any] = [
    {"name": "ana", "scores": [1, 2.5, -3], "ok": True, "none": None, "nested": {"k": ["é", "\n"]}},
    [1, "two", [3, [4, [5]]], {}],
    "plain",
    12345678901234567890,
    {3: "int key", 1.5: "float key", True: "bool key", None: "none key"},
    (1, 2),
]

OPTIONS: list[dict[str, Any]] = [
    {},
    {"indent": 2},
    {"indent": "\t", "sort_keys": True},
    {"separators": (",", ":")},
    {"ensure_ascii": False},
    {"sort_keys": True, "indent": 0},
]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("options", OPTIONS)
def test_dumps_equals_cpython(shims: Shims, value: Any, options: dict[str, Any]) -> None:
    if options.get("sort_keys") and isinstance(value, dict) and len({type(k) for k in value}) > 1:
        with pytest.raises(TypeError):
            shims.json.dumps(value, **options)
        return
    assert shims.json.dumps(value, **options) == json.dumps(value, **options)


@pytest.mark.parametrize(
    "text",
    ['{"a": [1, 2, {"b": null}]}', "[1.5e3, -0, true, false]", '"\\u00e9"', "NaN", " 7 ", '{"a": 1, "a": 2}'],
)
def test_loads_equals_cpython(shims: Shims, text: str) -> None:
    assert repr(shims.json.loads(text)) == repr(json.loads(text))
    assert repr(shims.json.loads(text.encode())) == repr(json.loads(text.encode()))


@pytest.mark.parametrize("text", ["{", '{"a": }', "[1, 2", "", "tru"])
def test_loads_errors_are_json_decode_errors(shims: Shims, text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(shims.json.JSONDecodeError) as error:
        shims.json.loads(text)
    assert str(error.value) == str(expected.value)
    assert isinstance(error.value, ValueError)


def test_sets_are_not_serializable(shims: Shims) -> None:
    with pytest.raises(TypeError, match="Object of type set is not JSON serializable"):
        shims.json.dumps({"tags": OrderedSet(["a"])})


def test_unknown_objects_and_keys_fail_like_cpython(shims: Shims) -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        shims.json.dumps([object()])
    with pytest.raises(TypeError, match="keys must be str, int, float, bool or None"):
        shims.json.dumps({(1, 2): "tuple key"})


def test_circular_reference_is_a_value_error(shims: Shims) -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference detected"):
        shims.json.dumps(loop)
    shared = [1, 2]
    assert shims.json.dumps([shared, shared]) == "[[1, 2], [1, 2]]"


def test_default_converts_what_json_cannot_hold(shims: Shims) -> None:
    import datetime

    value = {"when": datetime.date(2024, 1, 2), "tags": OrderedSet(["a", "b"]), "n": [1, (2, 3)]}
    assert shims.json.dumps(value, default=str) == json.dumps(
        {"when": "2024-01-02", "tags": "{'a', 'b'}", "n": [1, [2, 3]]}
    )
    assert shims.json.dumps({"s": OrderedSet([1, 2])}, default=list, sort_keys=True) == '{"s": [1, 2]}'
    with pytest.raises(ValueError, match="Circular reference detected"):  # as CPython
        shims.json.dumps([object()], default=lambda o: o)
    with pytest.raises(PtcLimitError, match="nested more than"):
        shims.json.dumps([object()], default=lambda o: object())
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        shims.json.dumps(loop, default=str)


def test_unsupported_options_are_named(shims: Shims) -> None:
    with pytest.raises(TypeError, match="cls"):
        shims.json.dumps({}, cls=json.JSONEncoder)
    with pytest.raises(TypeError, match="object_hook"):
        shims.json.loads("{}", object_hook=dict)


def test_shared_reference_bomb_fails_on_size_before_encoding(make_shims: Any) -> None:
    shims = make_shims()
    row = ["x" * 100] * 1_000
    table = [row] * 1_000  # 100 MB of JSON if encoded
    with pytest.raises(PtcLimitError):
        shims.json.dumps(table)


def test_huge_indent_is_caught_by_the_size_check(make_shims: Any) -> None:
    shims = make_shims(max_string_length=10_000)
    with pytest.raises(PtcLimitError):
        shims.json.dumps([[[1]]] * 50, indent=1_000)


def test_deep_nesting_is_a_limit_error_not_a_recursion_error(shims: Shims) -> None:
    with pytest.raises(PtcLimitError, match="nested more than"):
        shims.json.loads("[" * 100_000 + "]" * 100_000)
    deep: list[Any] = []
    for _ in range(10_000):
        deep = [deep]
    with pytest.raises(PtcLimitError, match="nested more than"):
        shims.json.dumps(deep)


def test_loads_charges_by_size_and_checks_int_digits(make_shims: Any) -> None:
    shims = make_shims()
    before = shims.ctx.steps_left
    shims.json.loads(json.dumps(list(range(20_000))))
    assert before - shims.ctx.steps_left >= 100_000 // 16
    with pytest.raises(PtcLimitError, match="bits"):
        shims.json.loads("1" * 4_000)


def test_loads_is_bounded_by_steps(make_shims: Any) -> None:
    shims = make_shims(max_steps=100)
    with pytest.raises(PtcLimitError, match="step budget"):
        shims.json.loads(json.dumps(list(range(10_000))))
