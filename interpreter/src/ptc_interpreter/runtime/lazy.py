"""`map`, `filter`, `zip`, `enumerate`, `reversed`: program-space iterators of bounded depth.

The host's lazy builtins pull from their input in C without a recursion check, so a chain of them
(`it = map(f, it)` 140,000 times, then `list(it)`) recursed in C until the process died. Here each
is a `LazyIterator` that records how many lazy iterators it is stacked on when it is built, and a
chain deeper than `Limits.max_nesting_depth` is refused then, before anything is pulled.

Inside, the work is still the host's: the iterator holds the native `map`/`zip` object built over
the *native* iterators of its inputs, so consumers (`for`, comprehensions, `list()`, `sum()`...)
iterate at C speed through `native_iterable`, and a chain stays a C chain of bounded length. The
program only ever holds the wrapper: fixed repr, no attributes, `type(x) is map`.

A chain can also pass through an object that is not a lazy builtin: a program object whose
`__iter__` (or `__reversed__`) returns a `map`, a generator, a shim iterator. Its depth is unknown
when the chain is built, and CPython's recursion limit counts only its one Python frame, below which
another 199 C frames of `map` may hang: 1,200 such segments crashed the process. So such an input is
pulled through a `CountedPull`, which counts the pulls in flight through such boundaries in the run
and refuses one past `MAX_NESTED_PULLS` (the C stack then holds at most that many segments).
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import PtcLimitError
from .allowlist import PtcObject, ptc_type_name
from .context import RunContext
from .structure import nesting_error
from .values import (
    ITEMS_VIEW,
    KEYS_VIEW,
    ORDERED_ITEMS_VIEW,
    ORDERED_KEYS_VIEW,
    ORDERED_VALUES_VIEW,
    VALUES_VIEW,
    FrozenOrderedSet,
    OrderedSet,
)


class LazyIterator(PtcObject):
    """One lazy builtin's iterator: the native iterator doing the work, and its chain depth."""

    __slots__ = ("depth", "native")
    ptc_name = "iterator"

    def __init__(self, native: Iterator[Any], depth: int) -> None:
        self.native = native
        self.depth = depth

    def __iter__(self) -> LazyIterator:
        return self

    def __next__(self) -> Any:
        return next(self.native)

    def __repr__(self) -> str:
        return f"<{self.ptc_name} object>"


class MapIterator(LazyIterator):
    __slots__ = ()
    ptc_name = "map"


class FilterIterator(LazyIterator):
    __slots__ = ()
    ptc_name = "filter"


class ZipIterator(LazyIterator):
    __slots__ = ()
    ptc_name = "zip"


class EnumerateIterator(LazyIterator):
    __slots__ = ()
    ptc_name = "enumerate"


class ReversedIterator(LazyIterator):
    __slots__ = ()
    ptc_name = "reversed"


def _reverse_iterator_type(name: str) -> type[LazyIterator]:
    return type(name, (LazyIterator,), {"__slots__": (), "ptc_name": name})


_LIST_REVERSED = _reverse_iterator_type("list_reverseiterator")
_KEYS_REVERSED = _reverse_iterator_type("dict_reversekeyiterator")
_ORDERED_REVERSED = _reverse_iterator_type("odict_iterator")
_REVERSE_ITERATORS: dict[type[Any], type[LazyIterator]] = {
    list: _LIST_REVERSED,
    dict: _KEYS_REVERSED,
    defaultdict: _KEYS_REVERSED,
    Counter: _KEYS_REVERSED,
    KEYS_VIEW: _KEYS_REVERSED,
    ITEMS_VIEW: _reverse_iterator_type("dict_reverseitemiterator"),
    VALUES_VIEW: _reverse_iterator_type("dict_reversevalueiterator"),
    range: _reverse_iterator_type("range_iterator"),
    deque: _reverse_iterator_type("_deque_reverse_iterator"),
    OrderedDict: _ORDERED_REVERSED,
    ORDERED_KEYS_VIEW: _ORDERED_REVERSED,
    ORDERED_ITEMS_VIEW: _ORDERED_REVERSED,
    ORDERED_VALUES_VIEW: _ORDERED_REVERSED,
}
"""What `reversed()` of each builtin type is in CPython: the type's own reverse iterator (its name
is CPython's; it is not `reversed`, as `isinstance(reversed([]), reversed)` is False there). Any
other sequence gets a `reversed` object. Built once; never changed."""


MAX_NESTED_PULLS = 32
"""Pulls through opaque inputs of lazy builtins in flight at once: each may stand on a chain of up to
`max_nesting_depth` native iterators, so this bounds the C stack a pull can use (32 x 200 frames)."""

PLAIN_INPUTS: frozenset[type[Any]] = frozenset(
    type(iterator)
    for iterator in (
        iter([]),
        iter(()),
        iter(""),
        iter(b""),
        iter(range(0)),
        iter(range(1 << 64)),
        iter({}),
        iter({}.values()),
        iter({}.items()),
        reversed([]),
        reversed(range(0)),
        reversed({}),
    )
) | frozenset(
    {
        list,
        tuple,
        str,
        bytes,
        dict,
        range,
        OrderedSet,
        FrozenOrderedSet,
        deque,
        OrderedDict,
        defaultdict,
        Counter,
        KEYS_VIEW,
        VALUES_VIEW,
        ITEMS_VIEW,
        ORDERED_KEYS_VIEW,
        ORDERED_VALUES_VIEW,
        ORDERED_ITEMS_VIEW,
    }
)
"""Inputs whose iteration runs no program code and pulls from nothing else: taken as they are."""


class CountedPull:
    """An opaque input of a lazy builtin (see the module docstring), pulled with the run's count of
    such pulls in flight."""

    __slots__ = ("ctx", "source")

    def __init__(self, ctx: RunContext, source: Iterator[Any]) -> None:
        self.ctx = ctx
        self.source = source

    def __iter__(self) -> CountedPull:
        return self

    def __next__(self) -> Any:
        ctx = self.ctx
        if ctx.nested_pulls >= MAX_NESTED_PULLS:
            raise PtcLimitError(
                "max_nesting_depth",
                "lazy iterators (map, filter, zip, enumerate) stacked through more than "
                f"{MAX_NESTED_PULLS} other iterators (generators, objects with __iter__) at once",
                hint="materialize the intermediate result (list(...)) every few steps",
            )
        ctx.nested_pulls += 1
        try:
            return next(self.source)
        finally:
            ctx.nested_pulls -= 1


def native_iterable(value: Any) -> Any:
    """What a native consumer should iterate: a lazy builtin's own native iterator (C speed)."""
    return value.native if isinstance(value, LazyIterator) else value


def native_iter(value: Any) -> Iterator[Any]:
    """`iter(value)`, a lazy builtin's own native iterator for a lazy builtin (C speed)."""
    return value.native if isinstance(value, LazyIterator) else iter(value)


def _chained(ctx: RunContext, iterables: Iterable[Any]) -> tuple[list[Any], int]:
    """The inputs as native iterables, and the depth of the deepest lazy builtin among them. Making a
    lazy builtin (its wrapper, this inspection) costs a step beyond its call: a program doing nothing
    but stacking `map`s spent 2-3 µs per call at one step each."""
    ctx.charge(1)
    natives: list[Any] = []
    depth = 0
    for iterable in iterables:
        if isinstance(iterable, LazyIterator):
            depth = max(depth, iterable.depth)
            natives.append(iterable.native)
        elif type(iterable) in PLAIN_INPUTS:
            natives.append(iterable)
        else:  # `iter()` now rather than in the native builtin: the same call, at the same moment
            natives.append(CountedPull(ctx, iter(iterable)))
    if depth >= ctx.limits.max_nesting_depth:
        raise nesting_error(
            ctx,
            "lazy iterators (map, filter, zip, enumerate) stacked",
            hint="materialize the intermediate result (list(...)) every few steps",
        )
    return natives, depth + 1


def make_map(ctx: RunContext, function: Callable[..., Any], *iterables: Iterable[Any]) -> MapIterator:
    if not iterables:
        raise TypeError("map() must have at least two arguments.")
    natives, depth = _chained(ctx, iterables)
    return MapIterator(map(function, *natives), depth)


def make_filter(
    ctx: RunContext, function: Callable[[Any], Any] | None, iterable: Iterable[Any], /
) -> FilterIterator:
    natives, depth = _chained(ctx, (iterable,))
    return FilterIterator(filter(function, natives[0]), depth)


WIDE_ZIP = 16
"""Inputs beyond which each tuple a `zip` builds is charged by its width (see `_charged_rows`)."""


def make_zip(ctx: RunContext, *iterables: Iterable[Any], strict: bool = False) -> ZipIterator:
    natives, depth = _chained(ctx, iterables)
    rows = zip(*natives, strict=strict)
    if len(natives) > WIDE_ZIP:
        return ZipIterator(_charged_rows(ctx, rows, len(natives)), depth)
    return ZipIterator(rows, depth)


def _charged_rows(ctx: RunContext, rows: Iterator[tuple[Any, ...]], width: int) -> Iterator[tuple[Any, ...]]:
    """`zip(*rows)` over 100,000 rows builds a 100,000-element tuple for each step of the loop that
    consumes it: each tuple costs its width (16 elements a step, as `budget.charge_elements`), so a
    transposition of a big matrix is paid for instead of running for minutes or filling memory."""
    cost = width // 16 + 1
    for row in rows:
        ctx.charge(cost)
        yield row


def make_enumerate(ctx: RunContext, iterable: Iterable[Any], start: int = 0) -> EnumerateIterator:
    natives, depth = _chained(ctx, (iterable,))
    return EnumerateIterator(enumerate(natives[0], start), depth)


def make_reversed(ctx: RunContext, sequence: Any, /) -> LazyIterator:
    if isinstance(sequence, PtcObject) and not hasattr(type(sequence), "__reversed__"):
        raise TypeError(f"{ptc_type_name(sequence)!r} object is not reversible")
    native: Any = sequence
    # `__reversed__` may hand back anything iterable (a `map`): chained like any other input
    natives, depth = _chained(ctx, (reversed(native),))
    return _REVERSE_ITERATORS.get(type(sequence), ReversedIterator)(natives[0], depth)


LAZY_TYPES: dict[str, tuple[type[LazyIterator], Callable[..., LazyIterator]]] = {
    "map": (MapIterator, make_map),
    "filter": (FilterIterator, make_filter),
    "zip": (ZipIterator, make_zip),
    "enumerate": (EnumerateIterator, make_enumerate),
    "reversed": (ReversedIterator, make_reversed),
}
