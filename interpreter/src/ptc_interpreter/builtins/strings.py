"""Text builtins: `str`, `repr`, `ascii`, `format`, `bytes` construction (`chr`/`ord` are the host's).

`str()` and `repr()` of containers go through `runtime.reprs` (deterministic, bounded) instead of
the native ones, which would show addresses and build text of any size.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from typing import Any, cast

from ..runtime.attr import check_str_argument, transcode
from ..runtime.budget import charge_copy, materialize
from ..runtime.context import RunContext
from ..runtime.format import convert, format_value
from ..runtime.indexing import as_index
from ..runtime.reprs import program_repr, program_str

_MISSING: Any = object()


def _check_codec_options(callee: str, encoding: Any, errors: Any) -> None:
    """The text options given, parsed before anything else, as CPython's argument parsing does."""
    for name, value in (("encoding", encoding), ("errors", errors)):
        if value is not _MISSING:
            check_str_argument(callee, name, value)


def make_str(
    ctx: RunContext, object: Any = _MISSING, encoding: Any = _MISSING, errors: Any = _MISSING
) -> str:
    """`str(x)`, or `str(data, encoding, errors)` to decode bytes (CPython's keyword names)."""
    if encoding is _MISSING and errors is _MISSING:  # `str(x)`: no options to parse
        return "" if object is _MISSING else program_str(object, ctx)
    _check_codec_options("str", encoding, errors)
    if object is _MISSING:
        return ""
    if isinstance(object, str):
        raise TypeError("decoding str is not supported")
    if not isinstance(object, bytes):
        raise TypeError(f"decoding to str: need a bytes-like object, {type(object).__name__} found")
    return cast(
        str,
        transcode(
            ctx,
            object,
            "utf-8" if encoding is _MISSING else encoding,
            "strict" if errors is _MISSING else errors,
            "str",
        ),
    )


def make_bytes(
    ctx: RunContext, source: Any = _MISSING, encoding: Any = _MISSING, errors: Any = _MISSING
) -> bytes:
    """`bytes(n)`, `bytes(iterable_of_ints)`, `bytes(text, encoding)`: sizes checked first."""
    _check_codec_options("bytes", encoding, errors)
    if isinstance(source, str):
        if encoding is _MISSING:
            raise TypeError("string argument without an encoding")
        return cast(
            bytes, transcode(ctx, source, encoding, "strict" if errors is _MISSING else errors, "bytes")
        )
    if encoding is not _MISSING:
        raise TypeError("encoding without a string argument")
    if errors is not _MISSING:
        raise TypeError("errors without a string argument")
    if source is _MISSING:
        return b""
    source = as_index(source)  # `bytes(n)` for a program instance with `__index__`, as CPython
    if isinstance(source, int):
        ctx.check_str_length(int(source))
        charge_copy(ctx, int(source))
        return bytes(source)
    if isinstance(source, bytes):
        return bytes(source)
    return bytes(materialize(ctx, source))


def repr_(ctx: RunContext, value: Any) -> str:
    return program_repr(value, ctx)


def ascii_(ctx: RunContext, value: Any) -> str:
    return convert(ctx, value, "a")


def format_(ctx: RunContext, value: Any, spec: Any = "") -> str:
    if type(spec) is not str:
        raise TypeError(f"format() argument 2 must be str, not {type(spec).__name__}")
    return format_value(ctx, value, spec)
