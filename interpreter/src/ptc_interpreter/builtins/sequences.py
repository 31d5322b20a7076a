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
from ..runtime.budget import (
    charge_entries,
    charge_keys,
    charge_ordering,
    charge_pair_keys,
    charge_sort,
    charge_stored_keys,
    materialize,
    sort_charged,
    sort_passes,
)
from ..runtime.context import RunContext
from ..runtime.structure import LEAF_TYPES
from ..runtime.values import ITEMS_VIEW, ORDERED_ITEMS_VIEW, FrozenOrderedSet, OrderedSet

ITEMS_VIEWS = frozenset({ITEMS_VIEW, ORDERED_ITEMS_VIEW})
"""Dict item views: sorted by their keys alone when the keys are scalars (`_compared_part`)."""


def _compared_part(iterable: Any) -> Any:
    """What sorting `iterable` compares, when that is less than its items: `(key, value)` pairs of a
    dict whose keys are scalars differ in their keys, so their values are never compared (the common
    `sorted(groups.items())` would otherwise be charged for walking every group)."""
    if type(iterable) in ITEMS_VIEWS:
        keys = iterable.mapping.keys()
        if LEAF_TYPES.issuperset(map(type, keys)):
            return keys
    return None


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
            elif type(source) is dict:
                charge_stored_keys(ctx, source)
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
    else:
        charge_stored_keys(ctx, items)
    return OrderedSet(items)


def make_frozenset(ctx: RunContext, iterable: Iterable[Any] = ()) -> FrozenOrderedSet:
    if type(iterable) is FrozenOrderedSet:
        return iterable
    items = materialize(ctx, iterable)
    charge_entries(ctx, len(items))
    if type(items) is not dict:  # a dict's keys keep their hashes
        charge_keys(ctx, items)
    else:
        charge_stored_keys(ctx, items)
    return FrozenOrderedSet(items)


def sorted_(ctx: RunContext, iterable: Iterable[Any], *, key: Any = None, reverse: Any = False) -> list[Any]:
    compared: Any = None
    if key is None:
        compared = _compared_part(iterable)
    items = list(materialize(ctx, iterable))
    if key is not None:
        sort_charged(ctx, items, key, reverse)
        return items
    charge_sort(ctx, len(items), items if compared is None else compared)
    charge_ordering(ctx, items, sort_passes(len(items)))  # long texts compared by memcmp
    items.sort(reverse=reverse)
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
