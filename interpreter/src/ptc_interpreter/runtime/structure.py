"""How deep and how big nested program data is, measured without recursion.

Native operations that walk into containers (hashing a tuple key, `==`/`<` on lists, tuples and
dicts, `in`, sorting, `max`, `list.index`) recurse in C. Two shapes of data make that dangerous:

- deep data: a tuple nested 270,000 times. CPython's tuple hash has no recursion check, so using it
  as a dict key overflows the C stack and kills the whole process (and with it every workflow on
  the worker);
- DAG-shaped data: `x = [x] * 10` twelve times is 13 small lists, but 10^12 elements to a native
  `==`, which visits a shared list once per reference.

`weigh` walks a value iteratively, visiting each distinct container once (memoised by identity),
and returns the number of elements a native deep operation visits, counting a shared container once
per reference (capped at `WEIGHT_CAP`). It raises `PtcLimitError` when containers nest deeper than
`Limits.max_nesting_depth`. Callers charge the weight before the native operation, and only when an
operand is a container, so scalar paths stay as fast as they were. Scanning a container's elements
for nested containers runs at C speed (`compress` over their types); only nested containers cost a
Python step, and each distinct one once, so a walk costs less than the weight it returns.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import compress
from operator import not_
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from .values import FrozenOrderedSet, OrderedSet

if TYPE_CHECKING:
    from .context import RunContext

WEIGHT_CAP = 1 << 62
"""Weights are capped here: far beyond any budget, and small ints stay cheap to add."""

LEAF_TYPES: frozenset[type[Any]] = frozenset({int, float, str, bytes, bool, type(None)})
"""Element types a deep native operation never walks into (skipped at C speed)."""

NESTED: tuple[type[Any], ...] = (list, tuple, dict, deque, OrderedSet, FrozenOrderedSet)
"""Containers a native deep operation walks into (with their subclasses: namedtuples, Counter...)."""


def is_nested(value: Any) -> bool:
    return type(value) not in LEAF_TYPES and isinstance(value, NESTED)


CONTAINER_WEIGHT = 48
"""What each nested container past the first `FREE_CONTAINERS` adds to a weight beyond its
elements: three steps' worth. This walk inspects each container in Python (~1.7 µs, and a
comparison weighs both sides): `a == b` of two dicts of 5,000 `(i, [i])` values was charged 1,253
steps for 36 ms, 29 µs a step (47x the calibration loop's 0.62). A few small records stay cheap."""
FREE_CONTAINERS = 16


def weigh(ctx: RunContext, value: Any, *, of_elements: bool = False) -> int:
    """Elements a native deep operation on `value` visits (shared containers once per reference).

    Raises `PtcLimitError` (`max_nesting_depth`) when containers nest deeper than the limit. A
    reference back to a container being walked (a cycle) adds nothing: CPython's own recursion
    check ends a native walk around a cycle (`a == b` with `a = [a]`), and repr prints `[...]`.
    `of_elements`: `value` is a sequence whose elements are compared with each other (`sorted`,
    `max`), so its own level does not count towards the depth."""
    if not isinstance(value, NESTED):
        return 1
    first = _nested_in(value)
    if not first:
        return len(value) or 1
    max_depth = ctx.limits.max_nesting_depth + of_elements
    memo: dict[int, tuple[int, int]] = {}
    on_path: set[int] = {id(value)}
    # Each frame: the container, an iterator over its nested containers, its weight and height so far.
    stack: list[list[Any]] = [[value, iter(first), len(value), 1]]
    visited = 1
    while True:
        frame = stack[-1]
        for child in frame[1]:
            key = id(child)
            known = memo.get(key)
            if known is not None:
                if len(stack) + known[1] > max_depth:  # shared, and reached deeper than first seen
                    raise nesting_error(ctx)
                frame[2] += known[0]
                if frame[3] <= known[1]:
                    frame[3] = known[1] + 1
            elif key not in on_path:
                if len(stack) >= max_depth:
                    raise nesting_error(ctx)
                nested = _nested_in(child)
                visited += 1
                if not nested:  # a container of scalars (a record, a row): no frame of its own
                    weight = len(child) or 1
                    memo[key] = (weight, 1)
                    frame[2] += weight
                    if frame[3] < 2:
                        frame[3] = 2
                    continue
                on_path.add(key)
                stack.append([child, iter(nested), len(child), 1])
                break
        else:
            stack.pop()
            node, _, weight, height = frame
            weight = min(weight, WEIGHT_CAP)
            key = id(node)
            memo[key] = (weight, height)
            on_path.discard(key)
            if not stack:
                return (weight or 1) + max(0, visited - FREE_CONTAINERS) * CONTAINER_WEIGHT
            parent = stack[-1]
            parent[2] += weight
            if parent[3] <= height:
                parent[3] = height + 1


def depth_within_limit(ctx: RunContext, value: Any) -> None:
    """Refuse `value` if its containers nest deeper than `Limits.max_nesting_depth`."""
    weigh(ctx, value)


def nesting_error(
    ctx: RunContext,
    what: str = "data nested",
    hint: str = "flatten the data (e.g. a list of rows, or a dict of ids) instead of nesting it",
) -> PtcLimitError:
    limit = ctx.limits.max_nesting_depth
    return PtcLimitError(
        "max_nesting_depth", f"{what} more than {limit} levels deep (max_nesting_depth)", hint=hint
    )


def _nested_in(node: Any) -> list[Any]:
    """The nested containers directly inside `node`: keys and values of a dict, elements otherwise.
    Containers of scalars only (most records and rows) are recognised by one C pass."""
    if isinstance(node, dict):
        # the plain dict views: an OrderedDict's own walk its linked list, at twice the cost
        values = dict.values(node)
        keys = dict.keys(node)
        if LEAF_TYPES.issuperset(map(type, values)) and LEAF_TYPES.issuperset(map(type, keys)):
            return []
        found = _non_leaves(values)
        found += _non_leaves(keys)
    else:
        items = node.entries if isinstance(node, OrderedSet | FrozenOrderedSet) else node
        if LEAF_TYPES.issuperset(map(type, items)):
            return []
        found = _non_leaves(items)
    return [item for item in found if isinstance(item, NESTED)]


def _non_leaves(items: Iterable[Any]) -> list[Any]:
    return list(compress(items, map(not_, map(LEAF_TYPES.__contains__, map(type, items)))))
