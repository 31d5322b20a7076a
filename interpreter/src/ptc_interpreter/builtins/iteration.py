"""Builtins that consume iterables: `sum`, `min`, `max`, `any`, `all`.

They loop in C, so they must charge per element: sized collections are charged by their length up
front (`sum(range(10**12))` fails at once), iterators of unknown length are drained in charged
chunks, and the short-circuiting `any`/`all` pull elements lazily through a charging iterator so
they stop exactly where CPython would. The lazy builtins (`map`, `filter`, `zip`, `enumerate`,
`reversed`) are `runtime.lazy` iterators: they do no work until a (charged) consumer pulls.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..runtime.budget import (
    SIZED_TYPES,
    charge_elements,
    charge_elements_deeply,
    charge_ordering,
    charged_iter,
    charged_key,
    materialize,
    measured_key,
)
from ..runtime.context import RunContext
from ..runtime.operators import add

_MISSING: Any = object()
_NUMBERS = frozenset({int, float, bool})
_SMALL_INT = 1 << 62


def sum_(ctx: RunContext, iterable: Iterable[Any], /, start: Any = 0) -> Any:
    items = materialize(ctx, iterable)
    if type(start) in _NUMBERS:
        result = sum(items, start)
        if type(result) is int and not -_SMALL_INT < result < _SMALL_INT:
            ctx.check_int_bits(result.bit_length())
        return result
    if isinstance(start, (str, bytes)):
        return sum(items, start)  # raises CPython's "can't sum strings [use ''.join(seq) instead]"
    total = start
    for item in items:  # sequences: each step size-checked (sum(lists, []) is quadratic)
        total = add(ctx, total, item)
    return total


def _extreme(name: str, native: Any) -> Any:
    def extreme(ctx: RunContext, *args: Any, key: Any = None, default: Any = _MISSING) -> Any:
        if not args:
            raise TypeError(f"{name} expected at least 1 argument, got 0")
        if len(args) == 1:
            items = materialize(ctx, args[0])
        else:
            if default is not _MISSING:
                raise TypeError(f"Cannot specify a default for {name}() with multiple positional arguments")
            items = args
            charge_elements(ctx, len(args))
        if key is None:
            charge_ordering(ctx, items if type(items) is list or type(items) is tuple else list(items), 1)
            charge_elements_deeply(ctx, items)  # comparing containers walks into them
        else:
            key = measured_key(ctx, charged_key(ctx, key, 2))
        if default is _MISSING:
            return native(items, key=key)
        return native(items, key=key, default=default)

    return extreme


min_ = _extreme("min", min)
max_ = _extreme("max", max)


def any_(ctx: RunContext, iterable: Iterable[Any], /) -> bool:
    if type(iterable) in SIZED_TYPES:
        charge_elements(ctx, len(iterable))  # pyright: ignore[reportArgumentType]
        return any(iterable)
    return any(charged_iter(ctx, iterable))


def all_(ctx: RunContext, iterable: Iterable[Any], /) -> bool:
    if type(iterable) in SIZED_TYPES:
        charge_elements(ctx, len(iterable))  # pyright: ignore[reportArgumentType]
        return all(iterable)
    return all(charged_iter(ctx, iterable))
