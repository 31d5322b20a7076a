"""String formatting for programs: f-string fields, `format()`, `str.format`/`format_map` and `%`.

Two things make native formatting unsafe for untrusted templates. `str.format` resolves
`{0.__class__.__mro__}` by walking attributes, so here a field is a key or an index, and a `.name`
part is looked up through the allowlist like any other attribute access. And widths and precisions
allocate whatever they say (`f"{x:>999999999}"`), so they are checked against `max_string_length`
before the native formatter runs.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from .budget import BIG_INT, SMALL_COPY_CHARS, charge_copy, charge_int_text
from .objects import ProgramInstance
from .registry import check_attribute_name
from .reprs import program_repr, program_str

if TYPE_CHECKING:
    from .context import RunContext

_SPEC = re.compile(
    r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?z?#?(?P<zero>0)?(?P<width>\d+)?[,_]?"
    r"(?:\.(?P<precision>\d+))?(?P<type>[bcdeEfFgGnosxX%])?",
    re.DOTALL,
)
_string: Any = import_module("_string")  # CPython's own template parser (parsing only, no lookups)
_parse_template: Callable[[str], Iterator[tuple[str, str | None, str | None, str | None]]] = (
    _string.formatter_parser
)
_split_field_name: Callable[[str], tuple[int | str, Iterator[tuple[bool, int | str]]]] = (
    _string.formatter_field_name_split
)
_NATIVE_FORMAT_TYPES: frozenset[type[Any]] = frozenset({int, float, bool, str})


def check_spec(ctx: RunContext, spec: str) -> None:
    """Reject a width or precision that would build a string over the limit, before formatting."""
    largest = _largest_number(spec)
    limit = ctx.limits.max_string_length
    if largest > limit:
        raise PtcLimitError(
            "max_string_length",
            f"format width or precision in {spec!r} exceeds the string length limit of {limit}",
        )


@functools.lru_cache(maxsize=256)
def _largest_number(spec: str) -> int:
    """The larger of a spec's width and precision (0 when the native formatter will reject the spec).

    Cached: programs format with a handful of literal specs, and this is a pure function of one."""
    match = _SPEC.fullmatch(spec)
    if match is None:
        return 0
    numbers = [match.group("width"), match.group("precision")]
    return max((int(n) if len(n) <= 12 else 10**12 for n in numbers if n is not None), default=0)


_DATE_TYPES = (datetime.date, datetime.time)
"""Values whose format spec is a `strftime` format."""


def format_value(ctx: RunContext, value: Any, spec: str) -> str:
    """`format(value, spec)`; `spec` has its nested fields already substituted."""
    cls: type[Any] = type(value)
    if not spec:
        if cls is str:
            return value
        if cls is int or cls is float:
            if cls is int and not -BIG_INT < value < BIG_INT:
                charge_int_text(ctx, value.bit_length())
            return repr(value)
        if isinstance(value, ProgramInstance) and cls.__format__ is not object.__format__:
            return format(value, spec)  # the program's own `__format__` sees the empty spec too
        return program_str(value, ctx)
    if _largest_number(spec) > ctx.limits.max_string_length:
        check_spec(ctx, spec)
    if cls in _NATIVE_FORMAT_TYPES:
        if cls is int and not -BIG_INT < value < BIG_INT:
            charge_int_text(ctx, value.bit_length())
        if spec[-1] == "n":
            format(cls(), spec)  # CPython's own check of the spec ("Cannot specify ',' with 'n'.")
            spec = spec[:-1] + ("g" if cls is float else "d")  # 'n' reads the host locale
    elif isinstance(value, _DATE_TYPES):
        from ..modules.datetime_ import strftime  # the shims import this module

        # Portable directives only, and the output (a `%Z` zone name can be long) sized first.
        return strftime(ctx, value, spec)
    text = format(value, spec)
    if len(text) > SMALL_COPY_CHARS:
        ctx.check_str_length(len(text))
        charge_copy(ctx, len(text))
    return text


def convert(ctx: RunContext, value: Any, conversion: int | str | None) -> Any:
    """Apply an f-string / str.format conversion: `!s`, `!r`, `!a` (ast gives -1, 115, 114, 97)."""
    if conversion is None or conversion == -1 or conversion == "":
        return value
    if conversion in (115, "s"):
        return program_str(value, ctx)
    if conversion in (114, "r"):
        return program_repr(value, ctx)
    if conversion in (97, "a"):
        return program_repr(value, ctx).encode("ascii", "backslashreplace").decode("ascii")
    raise ValueError(f"Unknown conversion specifier {conversion!s}")


def format_field(ctx: RunContext, value: Any, conversion: int | str | None, spec: str) -> str:
    """One f-string replacement field: conversion, then format spec."""
    if conversion is not None and conversion != -1:
        value = convert(ctx, value, conversion)
    return format_value(ctx, value, spec)


def join_parts(ctx: RunContext, parts: Sequence[str]) -> str:
    """Concatenate the pieces of an f-string or template, then check and charge the result.

    Checking after joining is safe here: each piece is already within the length limit and their
    number is fixed by the program text."""
    text = "".join(parts)
    if len(text) > SMALL_COPY_CHARS:
        ctx.check_str_length(len(text))
        charge_copy(ctx, len(text))
    return text


# -- str.format / format_map ------------------------------------------------------------------------


FREE_FIELDS = 16
"""Replacement fields (or % conversions) a template may have within the step of the call. Each field
is parsed, looked up and formatted in Python (microseconds), so a template of 100,000 fields costs a
step per field: `("{0[0]}" * 100_000).format(x)` in a loop ran past the CPU cap on one step a call."""


def charge_fields(ctx: RunContext, template: str, marker: str) -> None:
    fields = template.count(marker)  # an upper bound (escaped `{{` and `%%` count too), at C speed
    if fields > FREE_FIELDS:
        ctx.charge(fields)


def str_format(ctx: RunContext, template: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> str:
    """`template.format(*args, **kwargs)` without attribute walks."""
    charge_fields(ctx, template, "{")
    return _Formatter(ctx, args, kwargs).render(template, depth=2)


def format_map(ctx: RunContext, template: str, mapping: Mapping[str, Any]) -> str:
    """`template.format_map(mapping)`: keys are looked up with `mapping[key]` (so `__missing__` works)."""
    charge_fields(ctx, template, "{")
    return _Formatter(ctx, (), mapping).render(template, depth=2)


class _Formatter:
    __slots__ = ("args", "ctx", "kwargs", "next_index", "parts", "total")

    def __init__(self, ctx: RunContext, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
        self.ctx = ctx
        self.args = args
        self.kwargs = kwargs
        self.next_index: int | None = 0  # None once a field was numbered manually
        self.total = 0

    def render(self, template: str, depth: int) -> str:
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        parts: list[str] = []
        for literal, field_name, spec, conversion in _parse_template(template):
            if literal:
                self._add(parts, literal)
            if field_name is None:
                continue
            value = self._resolve(field_name)
            if conversion:
                value = convert(self.ctx, value, conversion)
            if spec and "{" in spec:
                spec = self.render(spec, depth - 1)
            self._add(parts, format_value(self.ctx, value, spec or ""))
        return "".join(parts)

    def _add(self, parts: list[str], text: str) -> None:
        self.total += len(text)
        if self.total > SMALL_COPY_CHARS:
            self.ctx.check_str_length(self.total)
        parts.append(text)

    def _resolve(self, field_name: str) -> Any:
        first, rest = _split_field_name(field_name)
        if first == "":
            if self.next_index is None:
                raise ValueError("cannot switch from manual field specification to automatic field numbering")
            first = self.next_index
            self.next_index += 1
        elif isinstance(first, int):
            if self.next_index not in (None, 0):
                raise ValueError("cannot switch from automatic field numbering to manual field specification")
            self.next_index = None
        if isinstance(first, int):
            if first >= len(self.args):
                raise IndexError(f"Replacement index {first} out of range for positional args tuple")
            value = self.args[first]
        else:
            value = self.kwargs[first]
        parts = field_name.count(".") + field_name.count("[")
        if parts > FREE_FIELDS:  # `{0.real.real...}`: one lookup per part
            self.ctx.charge(parts)
        for is_attribute, key in rest:
            value = self._attribute(value, str(key)) if is_attribute else value[key]
        return value

    def _attribute(self, value: Any, name: str) -> Any:
        from .attr import get_attribute  # attr's str.format entry imports this module

        return get_attribute(self.ctx, value, check_attribute_name(name))


# -- %-formatting -----------------------------------------------------------------------------------

_PERCENT = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?(?P<flags>[-+ #0]*)(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d+))?"
    r"[hlL]?(?P<type>.?)",
    re.DOTALL,
)
_NUMERIC_CONVERSIONS = frozenset("diouxXeEfFgGc")


def percent_format(ctx: RunContext, template: str, values: Any) -> str:
    """`template % values` with CPython's argument rules and messages, widths checked first."""
    charge_fields(ctx, template, "%")
    mapping: Any = None
    positional: Sequence[Any]
    if type(values) is tuple:
        positional = values
    else:
        positional = (values,)
        if hasattr(type(values), "__getitem__") and not isinstance(values, str):
            mapping = values
    index = 0
    parts: list[str] = []
    total = 0
    limit = ctx.limits.max_string_length
    position = 0
    for match in _PERCENT.finditer(template):
        parts.append(template[position : match.start()])
        position = match.end()
        kind = match.group("type")
        if kind == "%" and match.end() - match.start() == 2:
            parts.append("%")
            continue
        if kind == "":
            raise ValueError("incomplete format")
        key = match.group("key")
        width = match.group("width")
        precision = match.group("precision")
        if width == "*":
            width_value, index = _take(positional, index)
            if not isinstance(width_value, int):
                raise TypeError("* wants int")
            width = str(width_value)
        if precision == "*":
            precision_value, index = _take(positional, index)
            if not isinstance(precision_value, int):
                raise TypeError("* wants int")
            precision = str(precision_value)
        for number in (width, precision):
            if number is not None and (len(number.lstrip("-")) > 9 or abs(int(number)) > limit):
                raise PtcLimitError(
                    "max_string_length",
                    f"%-format width/precision {number} exceeds the string length limit of {limit}",
                )
        if key is not None:
            if mapping is None:
                raise TypeError("format requires a mapping")
            value = mapping[key]
            positional, index = (), 0  # like CPython: after a %(key), no positional argument remains
        else:
            value, index = _take(positional, index)
        flags = match.group("flags")
        spec = "%" + flags + (width or "") + ("." + precision if precision is not None else "")
        if kind == "s":
            text = _pad_percent(spec + "s", program_str(value, ctx))
        elif kind == "r":
            text = _pad_percent(spec + "s", program_repr(value, ctx))
        elif kind == "a":
            text = _pad_percent(spec + "s", convert(ctx, value, "a"))
        elif kind in _NUMERIC_CONVERSIONS:
            if (
                not isinstance(value, (int, float))
                and getattr(type(value), "ptc_real_number", False)
                and kind in _REAL_CONVERSIONS
            ):
                value = int(value) if kind in "diu" else float(value)  # as CPython: Decimal, Fraction
            if not isinstance(value, (int, float)) and not (kind == "c" and isinstance(value, str)):
                raise TypeError(_numeric_error(kind, value))
            if type(value) is int and not -BIG_INT < value < BIG_INT:
                charge_int_text(ctx, value.bit_length())
            text = (spec + kind) % (value,)
        else:
            raise ValueError(
                f"unsupported format character {kind!r} ({ord(kind):#x}) at index {match.start(0) + len(match.group(0)) - 1}"
            )
        total += len(text)
        if total > limit:
            ctx.check_str_length(total)
        parts.append(text)
    parts.append(template[position:])
    if mapping is None and index < len(positional):
        raise TypeError("not all arguments converted during string formatting")
    return join_parts(ctx, parts)


_REAL_CONVERSIONS = frozenset("diueEfFgG")
"""The conversions that take any real number (through its `int()` or `float()`), not only ints and floats."""


def _take(positional: Sequence[Any], index: int) -> tuple[Any, int]:
    if index >= len(positional):
        raise TypeError("not enough arguments for format string")
    return positional[index], index + 1


def _pad_percent(spec: str, text: str) -> str:
    return spec % (text,)


def _numeric_error(kind: str, value: Any) -> str:
    from .allowlist import ptc_type_name

    if kind == "c":
        return "%c requires int or char"
    if kind in "diu":
        return f"%{kind} format: a real number is required, not {ptc_type_name(value)}"
    if kind in "oxX":
        return f"%{kind} format: an integer is required, not {ptc_type_name(value)}"
    return f"must be real number, not {ptc_type_name(value)}"
