"""Container builtins: `list`, `tuple`, `dict`, `set`, `frozenset` construction and `sorted`.

Each consumes its argument through `runtime.budget.materialize`: a sized builtin collection is
charged by its length and checked against `max_container_length` before it is copied; an iterator
of unknown length is drained in chunks, charging as it goes, so `list(itertools.repeat(1))` ends
in a `PtcLimitError` instead of eating memory.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..runtime.allowlist import ptc_type_name
from ..runtime.budget import charge_entries, charge_key, charge_keys, charge_sort, materialize
from ..runtime.context import RunContext
from ..runtime.values import FrozenOrderedSet, OrderedSet


def charge_pair_keys(ctx: RunContext, pairs: Iterable[Any]) -> None:
    """`charge_keys` for the keys of `(key, value)` pairs (`dict(pairs)`, `OrderedDict(pairs)`)."""
    for pair in pairs:
        cls = type(pair)
        if cls is tuple or cls is list:
            if pair and type(pair[0]) is tuple:
                charge_key(ctx, pair[0])
        elif cls is OrderedSet or cls is FrozenOrderedSet:
            charge_key(ctx, next(iter(pair.entries), None))


def make_list(ctx: RunContext, iterable: Iterable[Any] = ()) -> list[Any]:
    return list(materialize(ctx, iterable))


def make_tuple(ctx: RunContext, iterable: Iterable[Any] = ()) -> tuple[Any, ...]:
    if type(iterable) is tuple:
        return iterable  # pyright: ignore[reportUnknownVariableType]
    return tuple(materialize(ctx, iterable))


def make_dict(ctx: RunContext, *args: Any, **kwargs: Any) -> dict[Any, Any]:
    """`dict()`, `dict(mapping)`, `dict(pairs)`, `dict(**kwargs)` and combinations."""
    if len(args) > 1:
        raise TypeError(f"dict expected at most 1 argument, got {len(args)}")
    result: dict[Any, Any] = {}
    if args:
        source = args[0]
        if isinstance(source, dict) or hasattr(type(source), "keys"):
            size = len(source)
            ctx.check_container_length(size)
            charge_entries(ctx, size)
            if type(source) is not dict and isinstance(source, dict):  # an exact dict keeps its hashes
                charge_keys(ctx, source)
            result = dict(source)
        else:
            pairs = materialize(ctx, source)
            charge_entries(ctx, len(pairs))
            charge_pair_keys(ctx, pairs)
            result = dict(pairs)
    if kwargs:
        ctx.check_container_length(len(result) + len(kwargs))
        result.update(kwargs)
    return result


def make_set(ctx: RunContext, iterable: Iterable[Any] = ()) -> OrderedSet:
    items = materialize(ctx, iterable)
    charge_entries(ctx, len(items))
    if type(items) is not dict:  # a dict's keys keep their hashes
        charge_keys(ctx, items)
    return OrderedSet(items)


def make_frozenset(ctx: RunContext, iterable: Iterable[Any] = ()) -> FrozenOrderedSet:
    if type(iterable) is FrozenOrderedSet:
        return iterable
    items = materialize(ctx, iterable)
    charge_entries(ctx, len(items))
    if type(items) is not dict:  # a dict's keys keep their hashes
        charge_keys(ctx, items)
    return FrozenOrderedSet(items)


def sorted_(ctx: RunContext, iterable: Iterable[Any], *, key: Any = None, reverse: Any = False) -> list[Any]:
    items = list(materialize(ctx, iterable))
    charge_sort(ctx, len(items), items[0] if items and key is None else None)
    items.sort(key=key, reverse=reverse)
    return items


def make_slice(ctx: RunContext, *args: Any) -> slice:
    """`slice(stop)`, `slice(start, stop[, step])` with int or None bounds: the only ones a sequence
    accepts (a slice of other values would show their host repr)."""
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError("slice expected at least 1 argument, got 0")
        raise TypeError(f"slice expected at most 3 arguments, got {len(args)}")
    for bound in args:
        if bound is not None and not isinstance(bound, int):
            raise TypeError(
                f"slice bounds must be integers or None here, not {ptc_type_name(bound)!r}"
                " (slices of other values are not supported)"
            )
    return slice(*args)
