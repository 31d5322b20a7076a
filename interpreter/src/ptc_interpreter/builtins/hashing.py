"""`hash()`: deterministic across processes, unlike CPython's for str and bytes.

CPython salts str/bytes hashes per process (`PYTHONHASHSEED`), so a program that prints a hash or
buckets by `hash(name) % n` would act differently on replay. Here str and bytes hash through a
BLAKE2b digest (no salt), tuples combine their elements' hashes with CPython's own tuple algorithm
(so tuples of numbers hash exactly as in CPython), numbers hash natively (already deterministic),
and objects with a program `__hash__` use it. An object hashed by identity would expose an address,
so `hash()` of one is refused.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import hashlib
from typing import Any

from ..runtime.allowlist import ptc_type_name
from ..runtime.budget import charge_elements, charge_scan
from ..runtime.context import RunContext
from ..runtime.structure import weigh
from ..runtime.values import FrozenOrderedSet

_MASK = (1 << 64) - 1
_PRIME_1 = 11400714785074694791
_PRIME_2 = 14029467366897019727
_PRIME_5 = 2870177450012600261
_MODULUS = (1 << 61) - 1  # CPython's hash modulus on 64-bit builds
_NATIVE = frozenset({int, float, bool, type(None)})


def hash_(ctx: RunContext, value: Any) -> int:
    cls = type(value)
    if cls in _NATIVE:
        return hash(value)
    if (cls is tuple or cls is FrozenOrderedSet) and not _NATIVE.issuperset(map(type, value)):
        # Nested: charged once for every element reached (a shared tuple once per reference), and
        # refused past the nesting limit, before the element-by-element walk below recurses.
        ctx.charge(weigh(ctx, value) + 1)
        return _hash(ctx, value)
    return _hash(ctx, value)


def _hash(ctx: RunContext, value: Any) -> int:
    cls = type(value)
    if cls in _NATIVE:
        return hash(value)
    if cls is str:
        charge_scan(ctx, len(value))
        return _digest(value.encode("utf-8", "surrogatepass"))
    if cls is bytes:
        charge_scan(ctx, len(value))
        return _digest(value)
    if cls is tuple:
        if set(map(type, value)) <= _NATIVE:  # numbers only: CPython's own hash, at C speed
            charge_elements(ctx, len(value))
            return hash(value)
        return _tuple_hash([_hash(ctx, item) for item in value])
    if cls is FrozenOrderedSet:
        combined = len(value) * 1927868237
        for item in value:
            lane = _hash(ctx, item) & _MASK
            combined ^= ((lane ^ 89869747) ^ (lane << 16)) * 3644798167 & _MASK
        return _signed(combined)
    if cls.__hash__ is None:
        raise TypeError(f"unhashable type: {ptc_type_name(value)!r}")
    if cls.__hash__ is object.__hash__:
        raise TypeError(
            f"hash() of a {ptc_type_name(value)!r} object would depend on its memory address; "
            "define __hash__ on the class to hash its instances"
        )
    return hash(value)  # a program class's __hash__, or a module value type's own


def _digest(data: bytes) -> int:
    if not data:
        return 0  # as CPython: hash("") == 0
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little") % _MODULUS


def _tuple_hash(lanes: list[int]) -> int:
    """CPython 3.11's tuplehash (xxHash-based) over already computed element hashes."""
    acc = _PRIME_5
    for lane in lanes:
        acc = (acc + (lane & _MASK) * _PRIME_2) & _MASK
        acc = ((acc << 31) | (acc >> 33)) & _MASK
        acc = (acc * _PRIME_1) & _MASK
    acc = (acc + (len(lanes) ^ (_PRIME_5 ^ 3527539))) & _MASK
    if acc == _MASK:
        return 1546275796
    return _signed(acc)


def _signed(value: int) -> int:
    value &= _MASK
    result = value - (1 << 64) if value >= 1 << 63 else value
    return -2 if result == -1 else result
