"""Builtins: CPython's results on plain data, program-visible types, and charged native loops."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from ptc_data_support import make_ctx, outputs_under_hash_seeds
from ptc_interpreter.builtins import make_builtins
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime import attr
from ptc_interpreter.runtime.values import FrozenOrderedSet, OrderedSet

B = dict[str, Any]

SAME_AS_CPYTHON = [
    "abs(-3)",
    "all([1, 0])",
    "any(x > 2 for x in [1, 3])",
    "bin(10)",
    "bool([])",
    "chr(97)",
    "dict([('a', 1)], b=2)",
    "dict({'a': 1})",
    "divmod(7, 2)",
    "list(enumerate('ab', 1))",
    "list(filter(None, [0, 1, 2]))",
    "float('1.5')",
    "format(3.14159, '.2f')",
    "hex(255)",
    "int('ff', 16)",
    "int(3.9)",
    "int()",
    "len('abc')",
    "list(map(str, [1, 2]))",
    "max([3, 1, 2])",
    "max(3, 7, key=lambda v: -v)",
    "max([], default='none')",
    "min('bca')",
    "next(iter([5]))",
    "oct(8)",
    "ord('a')",
    "pow(2, 10)",
    "pow(3, 4, 5)",
    "list(range(2, 10, 3))",
    "repr('x')",
    "list(reversed([1, 2]))",
    "round(2.675, 2)",
    "round(7)",
    "round(1234, -2)",
    "sorted('bca', reverse=True)",
    "sorted([3, 1, 2], key=lambda v: -v)",
    "str(12)",
    "str(b'ab', 'ascii')",
    "sum([1, 2, 3])",
    "sum([0.5, 0.25], 1)",
    "sum([[1], [2]], [])",
    "sum(((1,), (2,)), ())",
    "tuple('ab')",
    "list(zip('ab', [1, 2]))",
    "ascii('é')",
    "bytes(3)",
    "bytes([65, 66])",
    "bytes('é', 'utf-8')",
    "isinstance(True, int)",
    "isinstance(1, (str, float))",
    "isinstance('x', str | None)",
    "issubclass(bool, int)",
    "callable(len)",
    "getattr('x', 'upper')()",
    "hasattr([], 'append')",
    "getattr(1, 'nope', 'dflt')",
    "type(1) is int",
    "type('') == str",
    "str(int)",
    "repr(type([]))",
    "frozenset([1]) == frozenset([1])",
    "len(set('abca'))",
    "isinstance(ValueError('x'), Exception)",
    "type(ValueError('x')).__name__",
    "str(ValueError('boom'))",
    "min(3, 1, 2)",
    "max('ab', 'b', key=len)",
]


def _program_env(builtins: B) -> dict[str, Any]:
    return {"__builtins__": {}, **builtins}


@pytest.mark.parametrize("expression", SAME_AS_CPYTHON)
def test_builtin_results_match_cpython(builtins: B, expression: str) -> None:
    # The expressions are trusted test data, evaluated once natively and once with the program's builtins.
    expected = eval(expression)
    actual = eval(expression, _program_env(builtins))
    assert actual == expected
    assert type(actual).__name__ == type(expected).__name__


def test_type_attributes_come_from_the_allowlist(builtins: B) -> None:
    ctx = make_ctx()
    type_of = builtins["type"]
    assert attr.get_attribute(ctx, type_of(1.0), "__name__") == "float"
    assert attr.get_attribute(ctx, type_of(type_of(1)), "__name__") == "type"
    assert attr.get_attribute(ctx, builtins["str"], "upper")("a") == "A"
    assert list(map(attr.get_attribute(ctx, builtins["str"], "strip"), [" a "])) == ["a"]
    assert attr.get_attribute(ctx, builtins["dict"], "fromkeys")("ab", 0) == {"a": 0, "b": 0}
    assert attr.get_attribute(ctx, builtins["int"], "from_bytes")(b"\x01\x00", "big") == 256
    assert not builtins["hasattr"]([], "__base__")
    assert builtins["getattr"]([], "__class__") is builtins["list"]  # what type(x) gives, never a host class


def test_sets_are_ordered_program_sets(builtins: B) -> None:
    s = builtins["set"](["b", "a", "b"])
    assert type(s) is OrderedSet and list(s) == ["b", "a"]
    assert type(builtins["frozenset"]("ba")) is FrozenOrderedSet
    assert builtins["type"](s) is builtins["set"]
    assert builtins["isinstance"](s, builtins["set"]) and not builtins["isinstance"](s, builtins["frozenset"])
    assert repr(builtins["set"]) == "<class 'set'>"


def test_types_are_program_objects_without_host_internals(builtins: B) -> None:
    ctx = make_ctx()
    int_type = builtins["int"]
    assert repr(int_type) == "<class 'int'>"
    for name in ("__subclasses__", "__mro__", "mro", "__base__", "__bases__"):
        with pytest.raises(AttributeError, match=f"type object 'int' has no attribute '{name}'"):
            attr.get_attribute(ctx, int_type, name)
    with pytest.raises(AttributeError, match="__dict__ of a 'type' object is not supported here"):
        attr.get_attribute(ctx, int_type, "__dict__")
    with pytest.raises(
        TypeError, match="descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"
    ):
        attr.get_attribute(ctx, builtins["str"], "upper")(5)
    with pytest.raises(TypeError, match=r"type.__new__.. argument 2 must be tuple, not list"):
        builtins["type"]("X", [], {})
    assert builtins["type"](len).__repr__() == "<class 'builtin_function_or_method'>"


def test_builtin_reprs_are_fixed(builtins: B) -> None:
    for name in ("print", "sorted", "sum", "len", "map", "getattr"):
        assert " at 0x" not in repr(builtins[name])
    assert repr(builtins["print"]) == "<built-in function print>"


def test_print_writes_to_captured_stdout() -> None:
    ctx = make_ctx()
    builtins = make_builtins(ctx)
    builtins["print"]("a", 1, builtins["set"]([2]), None, sep="|", end="!\n")
    builtins["print"]()
    builtins["print"]("x", end="")
    assert ctx.stdout == "a|1|{2}|None!\n\nx"
    with pytest.raises(TypeError):
        builtins["print"]("x", file=None, sep=1)


def test_print_is_limited() -> None:
    ctx = make_ctx(max_stdout_chars=10)
    with pytest.raises(PtcLimitError):
        make_builtins(ctx)["print"]("x" * 20)


@pytest.mark.parametrize(
    ("expression", "limit"),
    [
        ("list(range(10**6))", "max_container_length"),
        ("sum(range(10**12))", "max_container_length"),
        ("list(repeat(1))", "max_container_length"),
        ("tuple(count())", "max_container_length"),
        ("set(count())", "max_container_length"),
        ("dict(zip(count(), count()))", "max_container_length"),
        ("sorted(count())", "max_container_length"),
        ("max(count())", "max_container_length"),
        ("sum(repeat(1))", "max_container_length"),
        ("any(repeat(0))", "max_steps"),
        ("all(repeat(1))", "max_steps"),
        ("bytes(10**9)", "max_string_length"),
        ("int('9' * 4000)", "max_int_bits"),
        ("pow(2, 10**6)", "max_int_bits"),
        ("format(1, '>999999999')", "max_string_length"),
        ("sum([[0] * 60_000, [1] * 60_000], [])", "max_container_length"),
    ],
)
def test_native_loops_and_allocations_are_bounded(expression: str, limit: str) -> None:
    ctx = make_ctx()
    env = {**_program_env(make_builtins(ctx)), "repeat": itertools.repeat, "count": itertools.count}
    with pytest.raises(PtcLimitError) as info:
        eval(expression, env)
    assert info.value.limit == limit


def test_consumers_charge_per_element() -> None:
    ctx = make_ctx()
    builtins = make_builtins(ctx)
    before = ctx.steps_left
    builtins["sum"](range(80_000))
    assert before - ctx.steps_left >= 80_000 // 16
    with pytest.raises(PtcLimitError):
        make_builtins(make_ctx(max_steps=1000))["sorted"](range(50_000))


def test_hash_is_deterministic_and_consistent_with_equality() -> None:
    ctx = make_ctx()
    program_hash = make_builtins(ctx)["hash"]
    for value in [(), (1,), (1, 2.5, True), ((1, 2), -1), 2**70, -1, 1.5]:
        assert program_hash(value) == hash(value)  # numbers and number tuples hash as in CPython
    assert program_hash(None) == 0xFCA86420  # CPython 3.12's constant (3.11 hashes None by address)
    assert program_hash("") == 0
    assert program_hash(("a", 1)) == program_hash(("a", 1.0))
    assert program_hash(FrozenOrderedSet([1, "x"])) == program_hash(FrozenOrderedSet(["x", 1]))
    with pytest.raises(TypeError, match="unhashable type: 'list'"):
        program_hash([1])
    plain = object()
    assert program_hash(plain) == program_hash(plain) != program_hash(object())  # from the run's id()


def test_hash_of_str_does_not_depend_on_the_hash_seed() -> None:
    code = (
        "from ptc_interpreter.builtins import make_builtins\n"
        "from ptc_interpreter.host import LocalHost\n"
        "from ptc_interpreter.limits import Limits\n"
        "from ptc_interpreter.runtime.context import RunContext\n"
        "h = make_builtins(RunContext(LocalHost({}), Limits()))['hash']\n"
        "print(h('kiwi'), h(('kiwi', 1)), h(b'kiwi'))"
    )
    outputs = outputs_under_hash_seeds(code, ("1", "2"))
    assert len(outputs) == 1


def test_sorting_nested_rows_is_charged_by_row_size() -> None:
    rows = [list(range(5_000))] * 2_000
    with pytest.raises(PtcLimitError):
        make_builtins(make_ctx())["sorted"](rows)
