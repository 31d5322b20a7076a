"""What hash collisions cost a native dict or set, so a program cannot flood one for free.

CPython's dicts and sets find a key by probing slots until they meet an entry with the same hash
that compares equal. Keys with distinct hashes are found in a probe or two, but keys that share
one full hash all sit on one probe path: the n-th such key compares with the n-1 before it, so n
of them cost n²/2 comparisons, in C, with nothing for the budget to see. A str or bytes hash is
salted per process (SipHash; a program cannot predict it), but everything else hashes by a public
formula a program can solve: `i * (2**61 - 1)` hashes to 0 for every `i`; a float times `2.0**61`
keeps its hash; complex `(h - 1000003*b) + b*1j` hashes to `h` for every `b`; CPython's tuple hash
(xxHash lanes) is invertible, so two-element tuples of ints below 2**61 can be made to share a hash
(and a precomputed list of them can be pasted into a program); frozensets XOR their elements'
(invertibly) shuffled hashes; namedtuples and dataclasses hash through their fields. 100,000 such keys in one dict took minutes of CPU for one statement.

`CollisionTable` remembers, per run, every such key the program hashed (its native hash, and the
distinct keys seen under it). A key whose hash is already there under a different key is a
collision: each hashing of a key in a cluster of `c` distinct keys costs `c` comparisons (what
CPython's probing costs at most, in whichever dict), a step per `COMPARISONS_PER_STEP` of them
(times the key's size: equal tuples are compared element by element). A program with distinct
hashes pays one table lookup per tuple, big-int, float or complex key; str keys and ints below
2**61 - 1 (which hash to themselves, so never collide with each other) never reach the table,
unless a flooded cluster shares their hash (`poisoned`). Keys already stored in a dict or set,
which CPython probes for again without hashing them (`d.update(e)`, `s | t`), are charged again
only once the run has a flooded cluster (`flooded`). docs/security.md (4b) has the whole design.

The table is keyed by the native hash itself, an int below 2**61 that hashes to itself, so the
table cannot be flooded; it holds one entry per distinct key hashed (each hashed in a charged
step), and keeps those keys alive until the run ends, which the budget bounds as it bounds what
the program could keep itself.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import RunContext

COMPARISONS_PER_STEP = 8
"""Key comparisons per step: each is a probe in CPython plus a comparison in the table (`key in cluster`),
about twice the work of an element of a native scan (`budget.ELEMENTS_PER_STEP` is 16)."""


class CollisionTable:
    """Native hash -> the one key seen under it, or the list of the distinct keys seen under it."""

    __slots__ = ("keys_by_hash", "largest", "poisoned")

    def __init__(self) -> None:
        self.keys_by_hash: dict[int, Any] = {}
        self.largest = 1
        """The most distinct keys seen under one hash."""
        self.poisoned: set[int] = set()
        """The hashes of the flooded clusters (`COMPARISONS_PER_STEP` distinct keys or more), and so the
        small ints (below `HASH_MODULUS`, free as keys) that share them: `d[5]` probes along the path
        of every big int key hashing to 5, so from then on these ints are charged as keys too (the hot
        paths test `k in poisoned`, empty in any legit run)."""

    @property
    def flooded(self) -> bool:
        """Whether some hash has `COMPARISONS_PER_STEP` distinct keys: until then, an operation on keys
        already stored in a dict or set (`d.update(e)`, `s | t`, `s == t`, `set(d)`), which
        CPython probes for again without hashing them, costs no more than its charge per entry;
        from then on, it is charged key by key (`budget.charge_stored_keys`)."""
        return bool(self.poisoned)

    def charge(self, ctx: RunContext, key: Any, size: int) -> None:
        """Charge hashing `key` (`size`: the elements one comparison of it walks) into a native
        dict or set: nothing unless other keys seen in this run share its hash. (`budget.charge_key`
        inlines the first lookup for tuple keys.)"""
        try:
            native_hash = hash(key)
        except (
            TypeError
        ):  # unhashable: the operation raises its own error, or hashes nothing (`row[(1, [2])]`)
            return
        seen = self.keys_by_hash.get(native_hash)
        if seen is None:
            self.keys_by_hash[native_hash] = key
        elif seen is not key:
            self.collide(ctx, native_hash, seen, key, size)

    def collide(self, ctx: RunContext, native_hash: int, seen: Any, key: Any, size: int) -> None:
        """`key` hashes to `native_hash`, under which `seen` (a key, or a list of them) is stored."""
        if type(seen) is list:  # a cluster: keys are never lists (unhashable)
            ctx.charge(len(seen) * size // COMPARISONS_PER_STEP + 1)  # before comparing with them
            if key not in seen:
                seen.append(key)
                self.largest = max(self.largest, len(seen))
                if len(seen) == COMPARISONS_PER_STEP:
                    self._flood(native_hash)
        elif seen != key:
            self.keys_by_hash[native_hash] = [seen, key]

    def _flood(self, native_hash: int) -> None:
        self.poisoned.add(native_hash)
        if native_hash == -2:  # hash(-1) is -2 as well
            self.poisoned.add(-1)

    def charge_probes(self, ctx: RunContext, lookups: int) -> None:
        """Charge `lookups` probes of keys that are not charged one by one (`str.translate` looking up
        each character's code point in its table): each may walk the largest cluster."""
        if self.flooded:
            ctx.charge(lookups * self.largest // COMPARISONS_PER_STEP + 1)
