"""The program's `base64` module: CPython's codecs on bytes (and on ASCII str where CPython takes it).

Each encoding's output size follows from its input size, so it is checked against the string limit
and charged before CPython encodes; decoding shrinks, except Ascii85's abbreviations (`z` for four
zero bytes, and `y` for four spaces with `foldspaces`), which are counted into its result's size
before decoding. Decoding is charged by its input. A malformed input raises CPython's
`binascii.Error` (a ValueError).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ShimModule, ptc_type_name
from .support import functions
from .text_args import checked_result, scanned

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_ENCODED_SIZE: dict[str, Callable[[int], int]] = {
    "b64encode": lambda n: (n + 2) // 3 * 4,
    "standard_b64encode": lambda n: (n + 2) // 3 * 4,
    "urlsafe_b64encode": lambda n: (n + 2) // 3 * 4,
    "b32encode": lambda n: (n + 4) // 5 * 8,
    "b32hexencode": lambda n: (n + 4) // 5 * 8,
    "b16encode": lambda n: n * 2,
    "encodebytes": lambda n: (n + 2) // 3 * 4 + ((n + 2) // 3 * 4 + 75) // 76,
    "b85encode": lambda n: (n + 3) // 4 * 5,
    "a85encode": lambda n: (n + 3) // 4 * 5 + 4,
}
_DECODERS = (
    "b64decode standard_b64decode urlsafe_b64decode b32decode b32hexdecode b16decode b85decode a85decode"
    " decodebytes"
)


def _bytes_like(callee: str, value: object, *, text_allowed: bool) -> bytes | str:
    if isinstance(value, bytes):
        return value
    if text_allowed and isinstance(value, str):
        return value
    if text_allowed:
        raise TypeError(
            f"argument should be a bytes-like object or ASCII string, not {ptc_type_name(value)!r}"
        )
    raise TypeError(f"a bytes-like object is required, not {ptc_type_name(value)!r}")


def _options(callee: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Extra arguments (altchars, casefold, map01, validate, pad, …) are bytes, str, bool or None."""
    for value in (*args, *kwargs.values()):
        if value is not None and not isinstance(value, bytes | str | bool | int):
            raise TypeError(f"{callee}() got an argument of type {ptc_type_name(value)!r}")


def _decoded_size(name: str, source: bytes | str, kwargs: dict[str, Any]) -> int:
    """At most the input's length, but for Ascii85, where `z` (and `y` with foldspaces) is five
    times shorter than the four bytes it stands for."""
    if name != "a85decode":
        return len(source)
    z, y = ("z", "y") if isinstance(source, str) else (b"z", b"y")
    abbreviated = source.count(z) + (source.count(y) if kwargs.get("foldspaces") else 0)  # pyright: ignore[reportArgumentType]
    return len(source) + 3 * abbreviated


_PLAIN_ARGUMENTS = frozenset({type(None), bool, int, float, str, bytes, list, tuple, dict})
"""Builtin values CPython's codecs refuse without running any program code, by their type alone."""


def _refused_as_cpython(
    codec: Callable[..., bytes], value: object, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """When the value (and every option) is plain builtin data, CPython's own codec refuses it,
    in its own words (`memoryview: a bytes-like object is required, not 'NoneType'`); a program
    object gets the shim's message."""
    if all(type(part) in _PLAIN_ARGUMENTS for part in (value, *args, *kwargs.values())):
        codec(value, *args, **kwargs)


def _data_argument(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, tuple[Any, ...]]:
    """The data argument, given by position or by CPython's keyword (`s=`, `b=` for the base85
    codecs), and the other positional arguments."""
    if args:
        return args[0], args[1:]
    keyword = "b" if name[1:3] == "85" else "s"
    if keyword in kwargs:
        return kwargs.pop(keyword), ()
    raise TypeError(f"{name}() missing 1 required positional argument: {keyword!r}")


def make_module(ctx: RunContext) -> ShimModule:
    def encoder(name: str) -> Callable[..., bytes]:
        codec: Callable[..., bytes] = getattr(base64, name)
        size = _ENCODED_SIZE[name]

        def encode(*args: Any, **kwargs: Any) -> bytes:
            value, args = _data_argument(name, args, kwargs)
            if not isinstance(value, bytes):
                _refused_as_cpython(codec, value, args, kwargs)
            source = _bytes_like(name, value, text_allowed=False)
            _options(name, args, kwargs)
            checked_result(ctx, size(len(source)) + (len(source) if kwargs.get("wrapcol") else 0))
            return codec(source, *args, **kwargs)

        return encode

    def decoder(name: str) -> Callable[..., bytes]:
        codec: Callable[..., bytes] = getattr(base64, name)

        def decode(*args: Any, **kwargs: Any) -> bytes:
            value, args = _data_argument(name, args, kwargs)
            if not isinstance(value, bytes | str):
                _refused_as_cpython(codec, value, args, kwargs)
            source = _bytes_like(name, value, text_allowed=True)
            _options(name, args, kwargs)
            scanned(ctx, source)
            checked_result(ctx, _decoded_size(name, source, kwargs))
            return codec(source, *args, **kwargs)

        return decode

    table: dict[str, Callable[..., Any]] = {name: encoder(name) for name in _ENCODED_SIZE}
    table.update({name: decoder(name) for name in _DECODERS.split()})
    return ShimModule("base64", functions(table))
