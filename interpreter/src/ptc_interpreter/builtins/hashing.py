"""`hash()`: the same value in every process, unlike CPython's for str, bytes, None, NaN and dates.

CPython salts str/bytes hashes per process (`PYTHONHASHSEED`), and everything built on them (tuples,
namedtuples, dataclasses, dates, compiled patterns) inherits the salt; `None`, NaN and `range(0)`
hash by memory address. A program that prints a hash or buckets by `hash(name) % n` would act
differently on replay, so `hash()` never asks CPython for a hash that depends on the process:

- str and bytes hash through an unsalted BLAKE2b digest; `None` is a constant (CPython 3.12's), as
  are `...` and `NotImplemented`, and NaN is 0 (CPython before 3.10);
- tuples (and their subclasses: namedtuples, `struct_time`) combine their elements' hashes with
  CPython's own tuple algorithm, so tuples of numbers hash exactly as in CPython and a namedtuple as
  the equal tuple;
- dates, datetimes and times hash their moment (aware ones as in CPython: their UTC moment, so
  equal moments in different zones hash alike), ranges their `(len, start, step)` as CPython does;
- numbers, `timedelta` and `timezone` hash natively (deterministic already); interpreter classes
  whose `__hash__` is built on `text_hash`/`combine` say so with `ptc_stable_hash`; program
  classes hash through their own `__hash__` (a dataclass's hashes its field tuple here).

Anything else would hash by identity, which exposes an address, so `hash()` of it is refused.
Equal values hash alike (`1 == 1.0 == True`, a namedtuple and its tuple, equal frozensets).

Dicts and sets still hash natively (speed), so a program `__hash__` that returns `hash(self.name)`
must hand the host the host's hash of that str: each str, bytes, None, date, range and tuple or
frozenset of plain values hashed here is remembered with the host's hash of it
(`RunContext.native_hashes`), and a program class's host `__hash__` translates through that table
(`runtime.objects`), so an instance equal to `'abc'` finds the key `'abc'` as in CPython. What the
program observes never depends on the host's hash: dicts iterate in insertion order and sets are
insertion-ordered.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable
from types import BuiltinFunctionType
from typing import Any

from ..runtime.allowlist import ptc_type_name
from ..runtime.budget import charge_elements, charge_scan
from ..runtime.context import RunContext
from ..runtime.native import BoundNativeMethod
from ..runtime.objects import BoundMethod, ProgramClassMeta
from ..runtime.structure import weigh
from ..runtime.values import FrozenOrderedSet

_MASK = (1 << 64) - 1
_PRIME_1 = 11400714785074694791
_PRIME_2 = 14029467366897019727
_PRIME_5 = 2870177450012600261
_MODULUS = (1 << 61) - 1  # CPython's hash modulus on 64-bit builds
_NONE_HASH = 0xFCA86420
"""`hash(None)` (CPython 3.12 made it this constant; 3.11 hashes None by address)."""
_ELLIPSIS_HASH = 0xE111F515
_NOT_IMPLEMENTED_HASH = 0x4E07E1ED
"""`hash(...)` and `hash(NotImplemented)`: constants (CPython hashes these singletons by address)."""
_INTEGERS = frozenset({int, bool})
_NUMBERS = frozenset({int, bool, float})
_NATIVE_STABLE = frozenset({dt.timedelta.__hash__, dt.timezone.__hash__, uuid.UUID.__hash__})
_MICROSECONDS = dt.timedelta(microseconds=1)
_PLAIN_KEYS = frozenset({str, bytes, int, bool, float, type(None)})
"""Element types whose host hash can be taken again without running program code."""
_SSIZE_MIN = -(1 << 63)
_SSIZE_MAX = (1 << 63) - 1


def hash_(ctx: RunContext, value: Any) -> int:
    if isinstance(value, tuple | FrozenOrderedSet) and not _NUMBERS.issuperset(map(type, value)):
        # Nested (or holding strings): charged once for every element reached, a shared tuple once
        # per reference, and refused past the nesting limit before the walk below recurses.
        ctx.charge(weigh(ctx, value) // 16 + 1)
    return _hash(ctx, value)


def _hash(ctx: RunContext, value: Any) -> int:
    cls = type(value)
    if cls in _INTEGERS:
        return hash(value)
    if cls is str:
        charge_scan(ctx, len(value))
        return _remember(ctx, text_hash(value), value)
    if cls is float:
        return 0 if value != value else hash(value)
    if cls is tuple:
        return _remember_plain(ctx, _hash_tuple(ctx, value), value)
    return _hash_other(ctx, cls, value)


def _remember(ctx: RunContext, program_hash: int, value: Any) -> int:
    """Note the host's hash of `value` under the hash the program sees (`RunContext.native_hashes`)."""
    ctx.native_hashes[program_hash] = hash(value)
    return program_hash


def _remember_plain(ctx: RunContext, program_hash: int, items: Any) -> int:
    """`_remember` for a tuple or frozenset, when hashing it again on the host runs no program code."""
    if set(map(type, items)) <= _PLAIN_KEYS:
        ctx.native_hashes[program_hash] = hash(items)
    return program_hash


def text_hash(data: str | bytes) -> int:
    """The process-independent hash of a str or bytes (no charge: callers charge for the scan)."""
    if not data:
        return 0  # as CPython: hash("") == 0
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little") % _MODULUS


def combine(lanes: Iterable[int]) -> int:
    """CPython 3.11's tuplehash (xxHash-based) over already computed element hashes."""
    acc = _PRIME_5
    length = 0
    for lane in lanes:
        length += 1
        acc = (acc + (lane & _MASK) * _PRIME_2) & _MASK
        acc = ((acc << 31) | (acc >> 33)) & _MASK
        acc = (acc * _PRIME_1) & _MASK
    acc = (acc + (length ^ (_PRIME_5 ^ 3527539))) & _MASK
    if acc == _MASK:
        return 1546275796
    return _signed(acc)


def _hash_tuple(ctx: RunContext, value: tuple[Any, ...]) -> int:
    kinds = set(map(type, value))
    if kinds <= _INTEGERS:  # CPython's own hash, at C speed
        charge_elements(ctx, len(value))
        return hash(value)
    ctx.charge(len(value) + 1)  # element by element in Python
    if kinds <= _NUMBERS and all(item == item for item in value):  # no NaN (hashed by address)
        return hash(value)
    return combine([_hash(ctx, item) for item in value])


def _hash_other(ctx: RunContext, cls: type, value: Any) -> int:
    if value is None:
        return _remember(ctx, _NONE_HASH, None)
    if value is Ellipsis:
        return _remember(ctx, _ELLIPSIS_HASH, value)
    if value is NotImplemented:
        return _remember(ctx, _NOT_IMPLEMENTED_HASH, value)
    method = cls.__hash__
    if method is None:
        raise TypeError(f"unhashable type: {ptc_type_name(value)!r}")
    if cls is bytes:
        charge_scan(ctx, len(value))
        return _remember(ctx, text_hash(value), value)
    if method is tuple.__hash__:  # namedtuples, `struct_time`: as the equal tuple
        return _remember_plain(ctx, _hash_tuple(ctx, tuple(value)), value)
    if method is int.__hash__:  # an `IntEnum` or `IntFlag` member hashes as its int
        return hash(int.__int__(value))
    if method is str.__hash__:  # a `StrEnum` member (or a `str` mixed into an enum) as its str
        text = str.__str__(value)
        charge_scan(ctx, len(text))
        return _remember(ctx, text_hash(text), value)
    if method is float.__hash__:  # a `float` mixed into an enum
        number = float.__float__(value)
        return 0 if number != number else hash(number)
    if cls is FrozenOrderedSet:
        ctx.charge(len(value) + 1)
        combined = len(value) * 1927868237
        for item in value:
            lane = _hash(ctx, item) & _MASK
            combined ^= ((lane ^ 89869747) ^ (lane << 16)) * 3644798167 & _MASK
        return _remember_plain(ctx, _signed(combined), value)
    if isinstance(value, dt.date | dt.time):
        return _remember(ctx, _moment_hash(value), value)
    if cls is range:
        return _remember(ctx, combine(_range_lanes(value)), value)
    program_hash = getattr(method, "ptc_program_hash", None)
    if program_hash is not None:  # a program class's own `__hash__`: its value, reduced as CPython's
        result = program_hash(value)
        if not isinstance(result, int):
            raise TypeError("__hash__ method should return an integer")
        if _SSIZE_MIN <= result <= _SSIZE_MAX:
            return -2 if result == -1 else int(result)
        return hash(int(result))
    if method in _NATIVE_STABLE or getattr(cls, "ptc_stable_hash", False) or _has_program_hash(cls):
        return hash(value)  # deterministic by construction (a dataclass's hashes its fields here)
    if cls is BoundMethod:  # as CPython's, from its object's identity and its function's
        lanes = (_identity_hash(ctx, value.receiver), _identity_hash(ctx, value.function))
        return _remember(ctx, combine(lanes), value)
    if cls is BoundNativeMethod:
        return _remember(ctx, _identity_hash(ctx, value.receiver) ^ text_hash(value.name), value)
    if method is object.__hash__ or cls is BuiltinFunctionType:
        return _remember(ctx, _identity_hash(ctx, value), value)
    raise TypeError(
        f"hash() of a {ptc_type_name(value)!r} object would depend on its memory address; "
        "define __hash__ on the class to hash its instances"
    )


_IDENTITY_HASHES = 1 << 43
"""Where identity hashes start: about where CPython's (an address over 16) fall, far from the small
integers a program's own `__hash__` is likely to return."""


def _identity_hash(ctx: RunContext, value: object) -> int:
    """The hash of an object that equals only itself (a function, a class, an instance without
    `__eq__`): CPython derives it from the address; here from the run's `id()` of it, so it is the
    same on every replay and constant for the object's life."""
    return _IDENTITY_HASHES + ctx.program_id(value)


def _has_program_hash(cls: type) -> bool:
    return isinstance(cls, ProgramClassMeta) and cls.__hash__ is not object.__hash__


def _moment_hash(value: dt.date | dt.time) -> int:
    """Equal moments hash alike. An aware datetime or time hashes as CPython hashes it (its UTC
    moment as a `timedelta`, unsalted); CPython hashes naive ones and dates by their salted bytes,
    here by their ordinal and wall-clock reading (`fold` ignored, as `==` ignores it)."""
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        clock = dt.timedelta(
            days=value.toordinal(),
            hours=value.hour,
            minutes=value.minute,
            seconds=value.second,
            microseconds=value.microsecond,
        )
        return combine((2, hash(clock // _MICROSECONDS))) if offset is None else hash(clock - offset)
    if isinstance(value, dt.time):
        offset = value.utcoffset()
        clock = dt.timedelta(
            hours=value.hour, minutes=value.minute, seconds=value.second, microseconds=value.microsecond
        )
        return combine((3, hash(clock // _MICROSECONDS))) if offset is None else hash(clock - offset)
    return combine((1, value.toordinal()))


def _range_lanes(value: range) -> tuple[int, ...]:
    """CPython hashes a range as `(len, start, step)`, with None for what does not matter."""
    start, stop, step = value.start, value.stop, value.step
    length = max(0, (stop - start + step - (1 if step > 0 else -1)) // step)  # len() overflows past 2**63
    if length == 0:
        return (0, _NONE_HASH, _NONE_HASH)
    if length == 1:
        return (1, hash(start), _NONE_HASH)
    return (hash(length), hash(start), hash(step))


def _signed(value: int) -> int:
    value &= _MASK
    result = value - (1 << 64) if value >= 1 << 63 else value
    return -2 if result == -1 else result
