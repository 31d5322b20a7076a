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
a comparison of two objects of equal hash (or of a hash not known here) already compared there that
came out unequal (False or NotImplemented) is answered again without running: a revisit. An equal
result ends a lookup, so it is never remembered. The native hashes of program instances hashed
since then are kept here (`hashed`), by identity and only while the instance lives.

Known difference from CPython (docs/language.md), in such a run: one native operation that compares
the same two objects of equal hash twice for another reason, with no program instance hashed in
between (`[k, k].count(x)`, `hash(k) == hash(x)`), runs the program's `__eq__` once, not twice.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from types import FrameType
from typing import Any, cast

_NATIVE_HASHED: frozenset[type[Any]] = frozenset({str, bytes, int, float, bool, type(None)})
"""Values whose native hash is cached or computed in C, running no program code."""
SMALL_TUPLE = 16
"""A tuple of such values up to this long is hashed to tell; a longer one is not (uncharged work)."""

NEVER_HASHED = object()


class ProbeComparisons:
    """The unequal comparisons made so far by the native operation now running (one per run)."""

    __slots__ = ("active", "caller", "hashes", "instruction", "unequal")

    def __init__(self) -> None:
        self.active = False
        """Whether a program instance's hash has been translated to a salted host hash this run."""
        self.caller: FrameType | None = None
        """The interpreter's frame that called the native operation (kept alive, so that no later
        frame is mistaken for it)."""
        self.instruction = -1
        self.unequal: dict[tuple[int, int], tuple[Any, Any, Any]] = {}
        """(id(a), id(b)) -> (a, b, the result): the objects kept alive, so their ids stay theirs."""
        self.hashes: dict[int, tuple[weakref.ref[Any], int]] = {}
        """id -> (a program instance, its native hash when last hashed), while the instance lives."""

    def hashed(self, instance: Any, native_hash: int) -> None:
        """`instance` (a program instance) was hashed to `native_hash`: a new lookup may start."""
        self.caller = None
        key = id(instance)
        hashes = self.hashes
        known = hashes.get(key)
        if known is None or known[1] != native_hash or known[0]() is not instance:
            hashes[key] = (weakref.ref(instance, lambda _: hashes.pop(key, None)), native_hash)

    def may_be_probing(self, a: Any, b: Any) -> bool:
        """Whether a native lookup may be comparing `a` and `b`: it compares only objects of equal
        native hash, and a program instance that was never hashed is in no dict or set."""
        mine, theirs = self._native_hash(a), self._native_hash(b)
        return (
            mine is not NEVER_HASHED
            and theirs is not NEVER_HASHED
            and (mine is None or theirs is None or mine == theirs)
        )

    def _native_hash(self, value: object) -> object:
        """The native hash of `value` if known without running program code, `NEVER_HASHED` for an
        instance of a program class with its own `__hash__` (whose every hash is `hashed` here) that
        was never hashed, else None."""
        cls, key = type(value), id(value)
        if cls in _NATIVE_HASHED:
            return hash(value)
        if isinstance(value, tuple):
            items = cast("tuple[object, ...]", value)
            if cls is tuple and len(items) <= SMALL_TUPLE and _NATIVE_HASHED.issuperset(map(type, items)):
                return hash(items)
        known = self.hashes.get(key)
        if known is not None and known[0]() is value:
            return known[1]
        method: object = getattr(cls, "__hash__", None)
        hashes_through_here = getattr(method, "ptc_program_hash", None) is not None
        return NEVER_HASHED if hashes_through_here else None

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
