"""A program class's `__index__`: where CPython uses it, the interpreter converts before the host sees it.

`__index__` is never installed as the host class's dunder. If it were, every native function that
takes a size (`str.center`, `bytes`, `math.factorial`, `[0] * n`...) would call it and get an int
past the size checks, which look for an `int` argument. Instead the places that honour it convert
the instance to its int first, then take their usual, size-checked path: indexing and slicing of
the native sequences, `range`, `bin`/`hex`/`oct`/`chr`, `int()`, `operator.index` and sequence
repetition. Everywhere else an instance is not an integer (`TypeError`), as the docs say.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from .allowlist import ptc_type_name
from .objects import ProgramInstance, class_lookup, is_missing

INDEXED_SEQUENCES = frozenset({list, tuple, str, bytes, range, deque})
"""Native sequences whose items are found by `__index__` (a dict is keyed by the instance itself)."""


def index_method(value: Any) -> Any:
    """The program's `__index__` function of `value`'s class, or None."""
    if not isinstance(value, ProgramInstance):
        return None
    method = class_lookup(type(value), "__index__")
    return None if is_missing(method) else method


def program_index(value: Any, method: Any) -> int:
    """`value.__index__()` through the program's `method`, checked as CPython checks it."""
    result = method(value)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {ptc_type_name(result)})")
    return result


def as_index(value: Any) -> Any:
    """`value` with a program instance replaced by its `__index__` (anything else unchanged, for
    the caller's own error)."""
    method = index_method(value)
    return value if method is None else program_index(value, method)


def operator_index(value: Any) -> int:
    """`operator.index(value)`."""
    if isinstance(value, int):
        return value
    method = index_method(value)
    if method is None:
        raise TypeError(f"{ptc_type_name(value)!r} object cannot be interpreted as an integer")
    return program_index(value, method)


def sequence_key(container: Any, key: Any) -> Any:
    """The key `container[key]` looks up: for a native sequence, a program instance's `__index__`,
    or a slice with its bounds converted; any other key unchanged."""
    if type(container) not in INDEXED_SEQUENCES:
        return key
    if type(key) is slice:
        return slice(as_index(key.start), as_index(key.stop), as_index(key.step))
    return as_index(key)


def indexed_arguments(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Positional arguments with each program instance that has `__index__` converted (for functions
    whose every argument is an integer, such as `range`)."""
    return tuple(as_index(arg) for arg in args)


_NOT_AN_INTEGER = " object cannot be interpreted as an integer"

Arguments = tuple[tuple[Any, ...], dict[str, Any] | None]


def with_index_converted(
    error: BaseException, args: tuple[Any, ...], kwargs: dict[str, Any] | None
) -> Arguments | None:
    """A builtin method or module function refused a program instance where it takes an integer
    (`"ab".center(Width())`, `math.factorial(N())`, `xs.pop(I())`): the same arguments with that
    instance replaced by its `__index__`, for the caller to call again, or None. Only when exactly
    one argument has `__index__` (and it is the type the error names): with two, which one stands
    where the integer goes is unknown, and converting the other would change the call's meaning."""
    if type(error) is not TypeError or len(error.args) != 1 or not isinstance(error.args[0], str):
        return None
    text: str = error.args[0]
    if not (text.endswith(_NOT_AN_INTEGER) or text.startswith("slice indices must be integers")):
        return None
    candidates: list[tuple[int | str, Any]] = [
        (i, v) for i, v in enumerate(args) if index_method(v) is not None
    ]
    if kwargs:
        candidates += [(k, v) for k, v in kwargs.items() if index_method(v) is not None]
    if len(candidates) > 1:
        error.args = (
            f"{text}: more than one argument of this call has __index__, and only a call with one "
            "is converted here; pass int(x) for the integer argument",
        )
    if len(candidates) != 1:
        return None
    where, value = candidates[0]
    if text.endswith(_NOT_AN_INTEGER) and text != f"{ptc_type_name(value)!r}{_NOT_AN_INTEGER}":
        return None
    number = program_index(value, index_method(value))
    if isinstance(where, int):
        return (*args[:where], number, *args[where + 1 :]), kwargs
    return args, {**(kwargs or {}), where: number}
