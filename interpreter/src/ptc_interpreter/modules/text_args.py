"""Argument checks shared by the text and bytes module shims (textwrap, base64, html, hashlib,
unicodedata, urllib.parse).

These shims hand their arguments to CPython's own functions, which would call methods on whatever
they are given: a program object would run host code on a value the program controls and fail with
a message naming interpreter classes. Each argument is therefore checked to be the exact builtin
type CPython's function needs, failing with a message in CPython's words that names the program's
type, before any work is done or charged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ptc_type_name
from ..runtime.budget import charge_copy, charge_scan

if TYPE_CHECKING:
    from ..runtime.context import RunContext


def text(value: object, message: str, error: type[Exception] = TypeError) -> str:
    """`value` if it is a str; otherwise `error` (CPython's: a TypeError, or the AttributeError of a
    missing str method) with `message`, its `{type}` filled in."""
    if isinstance(value, str):
        return value
    raise error(message.format(type=ptc_type_name(value)))


def data(value: object, message: str) -> bytes:
    """`value` if it is bytes; otherwise a TypeError `message` with `{type}` filled in."""
    if isinstance(value, bytes):
        return value
    raise TypeError(message.format(type=ptc_type_name(value)))


def optional_text(value: object, message: str) -> str | None:
    return None if value is None else text(value, message)


def integer(value: object, message: str) -> int:
    if isinstance(value, int):
        return value
    raise TypeError(message.format(type=ptc_type_name(value)))


def checked_result(ctx: RunContext, length: int) -> None:
    """A result of `length` characters or bytes: checked against the string limit, then charged as
    a copy (before it is built when the length is known up front)."""
    ctx.check_str_length(length)
    charge_copy(ctx, length)


def scanned(ctx: RunContext, *texts: str | bytes) -> None:
    """One native pass over the inputs."""
    charge_scan(ctx, sum(len(t) for t in texts))


def keyword_text(kwargs: dict[str, Any], name: str, callee: str) -> None:
    """A str keyword argument in `kwargs`, checked in place."""
    if name in kwargs:
        text(kwargs[name], f"{callee}() argument {name!r} must be str, not {{type}}")
