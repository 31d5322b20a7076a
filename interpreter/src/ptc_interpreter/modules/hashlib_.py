"""The program's `hashlib` module: CPython's digests (md5, sha1, sha2, sha3, blake2) as program objects.

A hash object is wrapped: CPython's own shows a memory address in its repr. Hashing is charged by
the bytes hashed, as they are given (`update`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import charge_scan
from ..runtime.registry import CONSTANT, LINEAR_IN_ARGUMENT, Method, Property
from .support import native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

ALGORITHMS = [
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "blake2b",
    "blake2s",
]
_BLAKE2_OPTIONS = frozenset({"digest_size", "key", "salt", "person"})


def _hashed(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        raise TypeError("Strings must be encoded before hashing")
    raise TypeError("object supporting the buffer API required")


class Hash(PtcObject):
    """A running digest (`hashlib.sha256(b"...")`): `update`, `digest`, `hexdigest`, `copy`."""

    __slots__ = ("ctx", "state")
    ptc_name = "HASH"

    def __init__(self, ctx: RunContext, state: Any) -> None:
        self.ctx = ctx
        self.state = state

    def update(self, data: object) -> None:
        chunk = _hashed(data)
        charge_scan(self.ctx, len(chunk))
        self.state.update(chunk)

    def digest(self) -> bytes:
        return self.state.digest()

    def hexdigest(self) -> str:
        return self.state.hexdigest()

    def copy(self) -> Hash:
        return Hash(self.ctx, self.state.copy())

    def __repr__(self) -> str:
        return f"<{self.state.name} HASH object>"


Hash.ptc_table = {
    "name": Property(lambda h: h.state.name, CONSTANT),
    "digest_size": Property(lambda h: h.state.digest_size, CONSTANT),
    "block_size": Property(lambda h: h.state.block_size, CONSTANT),
    "update": Method(Hash.update, LINEAR_IN_ARGUMENT),
    "digest": Method(Hash.digest, CONSTANT),
    "hexdigest": Method(Hash.hexdigest, CONSTANT),
    "copy": Method(Hash.copy, CONSTANT),
}


_PLAIN_ARGUMENTS = frozenset({type(None), bool, int, float, str, bytes, list, tuple, dict})
"""Builtin values `hashlib.new` refuses without running any program code: CPython's own call words
the error when it cannot hash (a wrong name or data type, an unknown algorithm)."""
_DATA_KEYWORDS = ("string", "data")
"""The names CPython's hash constructors take their data by (which one depends on the algorithm)."""


def make_module(ctx: RunContext) -> ShimModule:
    def constructor(name: str) -> Callable[..., Hash]:
        make: Callable[..., Any] = getattr(hashlib, name)
        blake = name.startswith("blake2")

        def new_hash(*args: object, usedforsecurity: object = True, **options: Any) -> Hash:
            data = args[0] if args else b""
            if len(args) > 1:
                make(*(b"" for _ in args))  # CPython's TypeError for too many arguments
            for keyword in _DATA_KEYWORDS:
                if keyword in options:
                    # the data by name: `md5(string=...)`, `blake2b(data=...)`; the host constructor,
                    # given empty data, says whether it takes that name (and CPython's error if not)
                    make(*(b"" for _ in args), **{keyword: b""})
                    data = options.pop(keyword)
            for option, value in options.items():
                if not blake or option not in _BLAKE2_OPTIONS:
                    raise TypeError(f"{name}() got an unexpected keyword argument {option!r}")
                if not isinstance(value, int | bytes):
                    raise TypeError(f"{name}() argument {option!r} must be int or bytes")
            source = _hashed(data)
            charge_scan(ctx, len(source))
            return Hash(ctx, make(source, **options))

        return new_hash

    def new(name: object, data: object = b"", **options: Any) -> Hash:
        host_hashes = (
            isinstance(name, str) and name.lower() in hashlib.algorithms_available and isinstance(data, bytes)
        )
        if not host_hashes and all(
            type(part) in _PLAIN_ARGUMENTS for part in (name, data, *options.values())
        ):
            hashlib.new(name, data, **options)  # pyright: ignore[reportArgumentType]  # refuses it, in CPython's words
        if not isinstance(name, str):
            raise TypeError(f"new() argument 'name' must be str, not {ptc_type_name(name)}")
        if name.lower() not in ALGORITHMS:
            raise ValueError(f"unsupported hash type {name}")
        return constructors[name.lower()](data, **options)

    constructors = {name: constructor(name) for name in ALGORITHMS}
    members: dict[str, Any] = {name: native(name, function) for name, function in constructors.items()}
    members["new"] = native("new", new)
    return ShimModule("hashlib", members)
