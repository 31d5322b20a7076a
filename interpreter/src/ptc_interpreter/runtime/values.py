"""The program's `set` and `frozenset`: insertion-ordered, so no result depends on string hashing.

CPython's sets iterate in hash order, and a str's hash changes with `PYTHONHASHSEED`: a program that
builds a set of names and prints it would print differently on replay. These dict-backed sets keep
insertion order, compare equal to native sets (both ways), and call themselves `set`/`frozenset`
(their Python class names too, so native error messages read like CPython's).

They are plain data structures: methods that take an arbitrary iterable trust it to be finite. The
allowlist in `runtime.attr` materializes program iterables (charging the budget) before calling them.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from itertools import chain, filterfalse, repeat
from types import FunctionType
from typing import Any, ClassVar, TypeVar

from .registry import named_for_programs

KEYS_VIEW: type[Any] = type(dict[Any, Any]().keys())
VALUES_VIEW: type[Any] = type(dict[Any, Any]().values())
ITEMS_VIEW: type[Any] = type(dict[Any, Any]().items())
ORDERED_KEYS_VIEW: type[Any] = type(OrderedDict[Any, Any]().keys())
ORDERED_VALUES_VIEW: type[Any] = type(OrderedDict[Any, Any]().values())
ORDERED_ITEMS_VIEW: type[Any] = type(OrderedDict[Any, Any]().items())
SET_LIKE_VIEWS: frozenset[type[Any]] = frozenset(
    {KEYS_VIEW, ITEMS_VIEW, ORDERED_KEYS_VIEW, ORDERED_ITEMS_VIEW}
)
"""Dict views that act as sets (`d.keys() & x`); their native operators return hash-ordered sets."""

_S = TypeVar("_S", bound="OrderedSetBase")

_REBUILD_AFTER_POPS = 32
"""`pop()` takes the oldest element; a dict leaves a hole per removed front key that iteration must
skip (about a nanosecond each), and rebuilding it costs tens of nanoseconds per live element. Rebuilding
once the holes exceed 8·sqrt(live elements) balances the two: a few microseconds per pop at 100k."""


class SetIterator(chain[Any]):
    """An iterator over a program set's elements: `iter(s)` of a dict would be a `dict_keyiterator`,
    while CPython's (what `type(iter(s)).__name__` shows) is a `set_iterator`. A C iterator over the
    entries' keys, as fast as the dict's own; nothing of it is readable (no table declares it)."""

    __slots__ = ()
    ptc_name = "set_iterator"

    def __repr__(self) -> str:
        return "<set_iterator object>"


named_for_programs(SetIterator)


class OrderedSetBase:
    """Behaviour shared by `set` and `frozenset`; `entries` keys are the elements, in insertion order."""

    __slots__ = ("entries",)
    ptc_name: ClassVar[str]

    entries: dict[Any, None]

    def __init__(self, iterable: Iterable[Any] = ()) -> None:
        self.entries = dict.fromkeys(iterable)

    @classmethod
    def _from_entries(cls: type[_S], entries: dict[Any, None]) -> _S:
        result = cls.__new__(cls)
        result.entries = entries
        return result

    # -- container protocol -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Any]:
        return SetIterator(self.entries)

    def __contains__(self, item: object) -> bool:
        return item in self.entries

    def __repr__(self) -> str:
        name = type(self).ptc_name
        if not self.entries:
            return f"{name}()"
        body = "{" + ", ".join(map(repr, self.entries)) + "}"
        return body if name == "set" else f"{name}({body})"

    # -- comparisons: equal to native sets and dict keys views, both ways ---------------------
    # Compared as native sets built from the stored hashes: like CPython's, comparing two sets
    # calls no element's `__hash__` (a program class can count its calls).
    def __eq__(self, other: object) -> bool:
        keys = _compared(other)
        if keys is None:
            return NotImplemented
        return set(self.entries) == keys

    def __ne__(self, other: object) -> bool:
        keys = _compared(other)
        if keys is None:
            return NotImplemented
        return set(self.entries) != keys

    def __le__(self, other: object) -> bool:
        keys = _compared(other)
        if keys is None:
            return NotImplemented
        return set(self.entries) <= keys

    def __lt__(self, other: object) -> bool:
        keys = _compared(other)
        if keys is None:
            return NotImplemented
        return set(self.entries) < keys

    def __ge__(self, other: object) -> bool:
        keys = _compared(other)
        if keys is None:
            return NotImplemented
        return set(self.entries) >= keys

    def __gt__(self, other: object) -> bool:
        keys = _compared(other)
        if keys is None:
            return NotImplemented
        return set(self.entries) > keys

    # -- operators: the left operand's type, the left operand's order first -------------------
    def __or__(self: _S, other: object) -> _S:
        if _keys_of(other) is None:
            return NotImplemented
        return self.union(other)  # type: ignore[arg-type]

    def __and__(self: _S, other: object) -> _S:
        if _keys_of(other) is None:
            return NotImplemented
        return self.intersection(other)  # type: ignore[arg-type]

    def __sub__(self: _S, other: object) -> _S:
        if _keys_of(other) is None:
            return NotImplemented
        return self.difference(other)  # type: ignore[arg-type]

    def __xor__(self: _S, other: object) -> _S:
        if _keys_of(other) is None:
            return NotImplemented
        return self.symmetric_difference(other)  # type: ignore[arg-type]

    def __ror__(self: _S, other: object) -> _S:
        keys = _keys_of(other)
        if keys is None:
            return NotImplemented
        return self._from_entries(dict.fromkeys(keys)).union(self)

    def __rand__(self: _S, other: object) -> _S:
        keys = _keys_of(other)
        if keys is None:
            return NotImplemented
        return self._from_entries(dict.fromkeys(keys)).intersection(self)

    def __rsub__(self: _S, other: object) -> _S:
        keys = _keys_of(other)
        if keys is None:
            return NotImplemented
        return self._from_entries(dict.fromkeys(keys)).difference(self)

    def __rxor__(self: _S, other: object) -> _S:
        keys = _keys_of(other)
        if keys is None:
            return NotImplemented
        return self._from_entries(dict.fromkeys(keys)).symmetric_difference(self)

    # -- read-only methods (both types) -------------------------------------------------------
    def copy(self: _S) -> _S:
        return self._from_entries(self.entries.copy())

    def union(self: _S, *others: Iterable[Any]) -> _S:
        entries = self.entries.copy()
        for other in others:
            entries.update(dict.fromkeys(other))
        return self._from_entries(entries)

    def intersection(self: _S, *others: Iterable[Any]) -> _S:
        entries = self.entries
        for other in others:
            entries = dict.fromkeys(filter(_as_lookup(other).__contains__, entries))
        return self._from_entries(entries if entries is not self.entries else entries.copy())

    def difference(self: _S, *others: Iterable[Any]) -> _S:
        entries = self.entries
        for other in others:
            entries = dict.fromkeys(filterfalse(_as_lookup(other).__contains__, entries))
        return self._from_entries(entries if entries is not self.entries else entries.copy())

    def symmetric_difference(self: _S, other: Iterable[Any]) -> _S:
        other_entries = dict.fromkeys(other)
        entries = dict.fromkeys(filterfalse(other_entries.__contains__, self.entries))
        entries.update(dict.fromkeys(filterfalse(self.entries.__contains__, other_entries)))
        return self._from_entries(entries)

    def isdisjoint(self, other: Iterable[Any]) -> bool:
        return not any(map(self.entries.__contains__, other))

    def issubset(self, other: Iterable[Any]) -> bool:
        return all(map(_as_lookup(other).__contains__, self.entries))

    def issuperset(self, other: Iterable[Any]) -> bool:
        return all(map(self.entries.__contains__, other))


def _keys_of(value: object) -> Any:
    """The set-like view to compare or combine with, or None when `value` is not set-like."""
    if isinstance(value, OrderedSetBase):
        return value.entries.keys()
    cls: type[Any] = type(value)
    if cls is set or cls is frozenset or cls in SET_LIKE_VIEWS:
        return value
    return None


def name_set_change(error: BaseException, iterated: object) -> None:
    """Give an error from iterating a program set CPython's message: the set is a dict inside, and
    a loop that adds to it would otherwise read 'dictionary changed size during iteration'."""
    if (
        type(error) is RuntimeError
        and isinstance(iterated, OrderedSetBase)
        and error.args == ("dictionary changed size during iteration",)
    ):
        error.args = ("Set changed size during iteration",)


def set_iteration(items: Iterator[Any], iterated: OrderedSetBase) -> Iterator[Any]:
    """`items` (iterating `iterated`) with `name_set_change` applied to its errors, for loops
    whose body runs between the steps (a generator's `for`)."""
    try:
        yield from items
    except RuntimeError as error:
        name_set_change(error, iterated)
        raise


def _compared(value: object) -> Any:
    """A set-like `value` as a comparison's operand, or None: a program set becomes a native set
    built from its dict's stored hashes (`set(dict)` rehashes nothing)."""
    if isinstance(value, OrderedSetBase):
        return set(value.entries)
    cls: type[Any] = type(value)
    if cls is set or cls is frozenset or cls in SET_LIKE_VIEWS:
        return value
    return None


def _as_lookup(iterable: Iterable[Any]) -> Any:
    """Something with fast `in` holding the elements of `iterable`."""
    if isinstance(iterable, OrderedSetBase):
        return iterable.entries
    cls = type(iterable)
    if cls is dict or cls is set or cls is frozenset or cls is KEYS_VIEW:
        return iterable
    return dict.fromkeys(iterable)


class OrderedSet(OrderedSetBase):
    """The program's mutable `set`."""

    __slots__ = ("front_pops",)
    ptc_name = "set"
    __hash__ = None  # type: ignore[assignment]

    front_pops: int

    def __init__(self, iterable: Iterable[Any] = ()) -> None:
        self.entries = dict.fromkeys(iterable)
        self.front_pops = 0

    @classmethod
    def _from_entries(cls, entries: dict[Any, None]) -> OrderedSet:
        result = cls.__new__(cls)
        result.entries = entries
        result.front_pops = 0
        return result

    def add(self, item: Any, /) -> None:
        self.entries[item] = None

    def remove(self, item: Any, /) -> None:
        del self.entries[item]

    def discard(self, item: Any, /) -> None:
        self.entries.pop(item, None)

    def pop(self) -> Any:
        """Remove and return the oldest element (CPython pops an arbitrary one)."""
        entries = self.entries
        if not entries:
            raise KeyError("pop from an empty set")
        item = next(iter(entries))
        rebuild = self.rebuilds_on_next_pop()
        del entries[item]
        self.front_pops += 1
        if rebuild:
            self.entries = dict.fromkeys(entries)  # rebuilt, not copy(): copy() may keep the holes
            self.front_pops = 0
        return item

    def rebuilds_on_next_pop(self) -> bool:
        pops = self.front_pops + 1
        return pops > _REBUILD_AFTER_POPS and pops * pops > 64 * (len(self.entries) - 1)

    def clear(self) -> None:
        self.entries.clear()
        self.front_pops = 0

    def update(self, *others: Iterable[Any]) -> None:
        for other in others:
            self.entries.update(dict.fromkeys(other))

    def intersection_update(self, *others: Iterable[Any]) -> None:
        self.entries = self.intersection(*others).entries
        self.front_pops = 0

    def difference_update(self, *others: Iterable[Any]) -> None:
        entries = self.entries
        for other in others:
            if other is self:
                entries.clear()
                continue
            deque(map(entries.pop, other, repeat(None)), maxlen=0)  # C-speed removal loop

    def symmetric_difference_update(self, other: Iterable[Any]) -> None:
        self.entries = self.symmetric_difference(other).entries
        self.front_pops = 0

    def __ior__(self, other: object) -> OrderedSet:
        if _keys_of(other) is None:
            return NotImplemented
        self.update(other)  # type: ignore[arg-type]
        return self

    def __iand__(self, other: object) -> OrderedSet:
        if _keys_of(other) is None:
            return NotImplemented
        self.intersection_update(other)  # type: ignore[arg-type]
        return self

    def __isub__(self, other: object) -> OrderedSet:
        if _keys_of(other) is None:
            return NotImplemented
        self.difference_update(other)  # type: ignore[arg-type]
        return self

    def __ixor__(self, other: object) -> OrderedSet:
        if _keys_of(other) is None:
            return NotImplemented
        self.symmetric_difference_update(other)  # type: ignore[arg-type]
        return self


class FrozenOrderedSet(OrderedSetBase):
    """The program's immutable, hashable `frozenset` (hashes like the equal native frozenset)."""

    __slots__ = ("hash_value",)
    ptc_name = "frozenset"

    hash_value: int | None

    def __init__(self, iterable: Iterable[Any] = ()) -> None:
        self.entries = dict.fromkeys(iterable)
        self.hash_value = None

    @classmethod
    def _from_entries(cls, entries: dict[Any, None]) -> FrozenOrderedSet:
        result = cls.__new__(cls)
        result.entries = entries
        result.hash_value = None
        return result

    def __hash__(self) -> int:
        if self.hash_value is None:
            self.hash_value = hash(frozenset(self.entries))
        return self.hash_value


# Named like the builtins they stand for, so native messages ("unhashable type: 'set'",
# "unsupported operand type(s) for +: 'set' and 'int'") read as they would in CPython.
named_for_programs(OrderedSet)
named_for_programs(FrozenOrderedSet)


def _name_shared_methods() -> None:
    """The methods both inherit are named `set.<name>` in native messages ("set.issubset() takes 2
    positional arguments but 3 were given"), not `OrderedSetBase.<name>`; one function object cannot
    carry both builtins' names, so a frozenset's shared methods read as `set`'s."""
    for member in vars(OrderedSetBase).values():
        if isinstance(member, FunctionType):
            member.__qualname__ = f"set.{member.__name__}"


_name_shared_methods()
