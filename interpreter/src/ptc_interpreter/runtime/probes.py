"""Comparisons a native dict or set lookup makes: each pair once per lookup, whatever the hash seed.

Dicts and sets are CPython's own, and so is the order in which a lookup visits their slots: it
follows the key's native hash, and the native hashes of str and bytes (and of tuples, dates and
program instances built on them) are salted per process. While the probe sequence's `perturb` is
not yet spent it can return to a slot it has visited, and every visit of an entry whose hash
equals the key's compares the two again. Where that comparison is a program's `__eq__` (or a
charged identity `__eq__`), how many times it runs (what the program prints, counts or pays)
would depend on the worker's hash seed: one call under one seed, three under another. A program
instance meets such entries only once its class's `__hash__` has been translated to the host's
salted hash of a str, bytes or tuple (`builtins.hashing`): from then on (`active`), the run's
lookups are made as follows. Before, every hash a lookup follows is one the program chose, the
same in every process, and comparisons run exactly as in CPython.

A lookup is one native operation, so its comparisons all come from one call site of the
interpreter (the caller's frame, at one instruction), a lookup with a program instance as the key
starts by hashing it, and it compares only objects of equal native hash. Within one such operation,
a comparison already made there that came out unequal (False or NotImplemented) is answered again
without running: a revisit. An equal result ends a lookup, so it is never remembered. Two objects
whose native hashes are known here and differ (plain values, the key of the lookup now running) are
not a lookup's comparison and always run.

Known difference from CPython (docs/language.md), in such a run: one native operation that compares
the same two objects twice for another reason, with no program instance hashed in between
(`[k, k].count(x)` where `k` and `x` are program instances), runs `__eq__` once, not twice.
"""

from __future__ import annotations

from collections.abc import Callable
from types import FrameType
from typing import Any, cast

_NATIVE_HASHED: frozenset[type[Any]] = frozenset({str, bytes, int, float, bool, type(None)})
"""Values whose native hash is cached or computed in C, running no program code."""
SMALL_TUPLE = 16
"""A tuple of such values up to this long is hashed to tell; a longer one is not (uncharged work)."""


class ProbeComparisons:
    """The unequal comparisons made so far by the native operation now running (one per run)."""

    __slots__ = ("active", "caller", "hashed_instance", "hashed_value", "instruction", "unequal")

    def __init__(self) -> None:
        self.active = False
        """Whether a program instance's hash has been translated to a salted host hash this run."""
        self.caller: FrameType | None = None
        """The interpreter's frame that called the native operation (kept alive, so that no later
        frame is mistaken for it)."""
        self.instruction = -1
        self.unequal: dict[tuple[int, int], tuple[Any, Any, Any]] = {}
        """(id(a), id(b)) -> (a, b, the result): the objects kept alive, so their ids stay theirs."""
        self.hashed_instance: object = None
        self.hashed_value = 0
        """The program instance hashed last (the key of the lookup now running, if it is one) and
        its native hash."""

    def hashed(self, instance: object, native_hash: int) -> None:
        """`instance` (a program instance) was hashed to `native_hash`: a new lookup may start."""
        self.caller = None
        self.hashed_instance, self.hashed_value = instance, native_hash

    def may_be_probing(self, a: object, b: object) -> bool:
        """Whether a native lookup may be comparing `a` and `b`: it compares only objects of equal
        native hash (known here for plain values and the key of the lookup now running)."""
        mine, theirs = self._native_hash(a), self._native_hash(b)
        return mine is None or theirs is None or mine == theirs

    def _native_hash(self, value: object) -> int | None:
        cls = type(value)
        if cls in _NATIVE_HASHED:
            return hash(value)
        if isinstance(value, tuple):
            items = cast("tuple[object, ...]", value)
            if cls is tuple and len(items) <= SMALL_TUPLE and _NATIVE_HASHED.issuperset(map(type, items)):
                return hash(items)
        return self.hashed_value if value is self.hashed_instance else None

    def compare(self, equal: Callable[[Any, Any], Any], a: Any, b: Any, caller: FrameType) -> Any:
        """`equal(a, b)` made by the native operation called from `caller`, once per pair that
        came out unequal."""
        if not self.may_be_probing(a, b):
            return equal(a, b)
        instruction = caller.f_lasti
        if caller is self.caller and instruction == self.instruction:
            unequal = self.unequal
            known = unequal.get((id(a), id(b)))
            if known is not None:
                return known[2]
        else:
            unequal = self.unequal = {}
            self.caller, self.instruction = caller, instruction
        result = equal(a, b)
        # program code ran: its own lookups used this object; this lookup goes on
        self.caller, self.instruction, self.unequal = caller, instruction, unequal
        if result is False or result is NotImplemented:
            unequal[id(a), id(b)] = (a, b, result)
        return result
