"""THE allowlist: which attributes and methods exist on each builtin type, and nothing else.

Every `obj.name` the program evaluates comes through here. Builtin values answer from one table per
type below; interpreter-owned objects (`PtcObject`) answer through their own hooks; value types
introduced by module shims answer from `modules.TYPE_TABLES`. A name that is not in a table does not
exist for the program: no `__class__`, `__dict__`, `__globals__`, `mro`, `format` walking into
attributes. Names starting with `_` never resolve on builtin types, except the few listed
explicitly (`__name__` on types and functions, `__class__` on exceptions).

Entries that do work proportional to an argument (padding, joining, replacing, extending, sorting)
take the `RunContext` and check the result size or charge the budget *before* calling the native
method. Methods whose work is linear in the receiver are charged by its length when it is large.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Iterable, Mapping
from types import BuiltinFunctionType
from typing import Any

from .allowlist import Method, Property, PtcObject, TypeTable, name_methods_for_programs, ptc_type_name
from .budget import (
    SMALL_COPY_CHARS,
    charge_copy,
    charge_elements,
    charge_entries,
    charge_key,
    charge_keys,
    charge_scan,
    charge_sort,
    materialize,
)
from .context import RunContext
from .exceptions import attach_hint
from .format import format_map, str_format
from .native import BoundNativeMethod, NativeFunction
from .reprs import program_args
from .values import ORDERED_ITEMS_VIEW, ORDERED_KEYS_VIEW, ORDERED_VALUES_VIEW, FrozenOrderedSet, OrderedSet


class Linear(Method):
    """A native method whose work is linear in `len(receiver)` (and whose result is no larger):
    charged by the receiver's length when it is long, then called like a plain `Method`."""

    __slots__ = ()


class Keyed(Method):
    """A native method whose first argument is hashed (`d.get(key)`, `s.add(item)`): charged by the
    key's size when it is a big tuple, then called like a plain `Method`."""

    __slots__ = ()


# -- checks shared by several methods -------------------------------------------------------------

_TEXT_ENCODINGS = frozenset(
    {"utf-8", "utf8", "utf_8", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "utf-16", "utf-32"}
)


def check_encoding(encoding: str) -> str:
    if type(encoding) is not str or encoding.lower().replace(" ", "-") not in _TEXT_ENCODINGS:
        raise LookupError(
            f"unknown or unsupported encoding: {encoding!r} (use 'utf-8', 'ascii' or 'latin-1')"
        )
    return encoding


def _check_padding(ctx: RunContext, width: Any) -> None:
    if isinstance(width, int) and width > SMALL_COPY_CHARS:
        ctx.check_str_length(int(width))
        charge_copy(ctx, int(width))


def _check_pieces(ctx: RunContext, pieces: int) -> None:
    ctx.check_container_length(pieces)
    charge_elements(ctx, pieces)


# -- str and bytes ----------------------------------------------------------------------------------


def _pad(name: str) -> Callable[..., Any]:
    def pad(ctx: RunContext, text: Any, width: Any, *fill: Any) -> Any:
        _check_padding(ctx, width)
        return getattr(text, name)(width, *fill)

    return pad


def _zfill(ctx: RunContext, text: Any, width: Any) -> Any:
    _check_padding(ctx, width)
    return text.zfill(width)


def _expandtabs(ctx: RunContext, text: Any, tabsize: Any = 8) -> Any:
    if isinstance(tabsize, int) and tabsize > 1:
        tab: Any = "\t" if isinstance(text, str) else b"\t"
        bound = len(text) + text.count(tab) * int(tabsize)
        if bound > SMALL_COPY_CHARS:
            ctx.check_str_length(bound)
            charge_copy(ctx, bound)
    return text.expandtabs(tabsize)


def _join(ctx: RunContext, separator: Any, iterable: Iterable[Any]) -> Any:
    items = materialize(ctx, iterable)
    if len(items) > 1 or len(separator) > 0:
        try:
            total = sum(map(len, items)) + len(separator) * max(len(items) - 1, 0)
        except TypeError:
            return separator.join(items)  # raises CPython's "sequence item 0: expected str" error
        if total > SMALL_COPY_CHARS:
            ctx.check_str_length(total)
            charge_copy(ctx, total)
    return separator.join(items)


def _replace(ctx: RunContext, text: Any, old: Any, new: Any, count: Any = -1) -> Any:
    if type(new) is type(text) and (len(text) + 1) * (len(new) + 1) <= SMALL_COPY_CHARS:
        return text.replace(old, new, count)  # short enough whatever it matches
    if isinstance(old, (str, bytes)) and isinstance(new, (str, bytes)) and isinstance(count, int):
        if len(text) > SMALL_COPY_CHARS:
            charge_scan(ctx, len(text))
        occurrences = text.count(old) if old else len(text) + 1
        if count >= 0:
            occurrences = min(occurrences, int(count))
        length = len(text) + occurrences * (len(new) - len(old))
        if length > SMALL_COPY_CHARS:
            ctx.check_str_length(length)
            charge_copy(ctx, length)
    return text.replace(old, new, count)


def _splitter(name: str) -> Callable[..., Any]:
    def split(ctx: RunContext, text: Any, sep: Any = None, maxsplit: Any = -1) -> Any:
        if len(text) > SMALL_COPY_CHARS:
            charge_scan(ctx, len(text))
        if sep and isinstance(sep, (str, bytes)) and isinstance(maxsplit, int):
            pieces = text.count(sep) + 1
            if maxsplit >= 0:
                pieces = min(pieces, int(maxsplit) + 1)
            _check_pieces(ctx, pieces)
            return getattr(text, name)(sep, maxsplit)
        result = getattr(text, name)(sep, maxsplit)
        _check_pieces(ctx, len(result))
        return result

    return split


def _splitlines(ctx: RunContext, text: Any, keepends: Any = False) -> Any:
    if len(text) > SMALL_COPY_CHARS:
        charge_scan(ctx, len(text))
    result = text.splitlines(keepends)
    _check_pieces(ctx, len(result))
    return result


def _translate(ctx: RunContext, text: Any, table: Any, *delete: Any) -> Any:
    if len(text) > SMALL_COPY_CHARS:
        charge_scan(ctx, len(text))
    if isinstance(text, str) and isinstance(table, Mapping):
        longest = max(
            (len(v) for v in table.values() if isinstance(v, str)),  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
            default=1,
        )
        if longest > 1 and len(text) * longest > ctx.limits.max_string_length:
            charge_elements(ctx, len(text))
            exact = sum(len(r) if isinstance(r := table.get(ord(c), c), str) else 1 for c in text)  # pyright: ignore[reportUnknownArgumentType, reportUnknownMemberType, reportUnknownVariableType]
            ctx.check_str_length(exact)
    return text.translate(table, *delete)


def _str_format(ctx: RunContext, template: str, *args: Any, **kwargs: Any) -> str:
    return str_format(ctx, template, args, kwargs)


def _str_format_map(ctx: RunContext, template: str, mapping: Mapping[str, Any]) -> str:
    return format_map(ctx, template, mapping)


def _encode(text: str, encoding: str = "utf-8", errors: str = "strict") -> bytes:
    return text.encode(check_encoding(encoding), errors)


def _decode(data: bytes, encoding: str = "utf-8", errors: str = "strict") -> str:
    return data.decode(check_encoding(encoding), errors)


def _maketrans(ctx: RunContext, *args: Any) -> Any:
    for arg in args:
        if hasattr(arg, "__len__"):
            charge_elements(ctx, len(arg))
    return str.maketrans(*args)


_CASE_METHODS = ("capitalize", "casefold", "lower", "swapcase", "title", "upper")
"""str methods whose result may be longer than the text (`'ΐ'.upper()` is 3 characters, astral)."""


def _case(name: str) -> Callable[..., Any]:
    method = getattr(str, name)

    def change_case(ctx: RunContext, text: str) -> str:
        length = len(text)
        if length > SMALL_COPY_CHARS:
            charge_scan(ctx, length)
        result = method(text)
        if len(result) != length:  # expanded: at most 3x, so checked and paid for once built
            ctx.check_str_length(len(result))
            charge_copy(ctx, len(result))
        return result

    return change_case


def _fromhex(ctx: RunContext, text: str) -> bytes:
    charge_scan(ctx, len(text))
    return bytes.fromhex(text)


_STR_LINEAR = [
    "capitalize",
    "casefold",
    "count",
    "endswith",
    "find",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "rfind",
    "rindex",
    "rpartition",
    "rstrip",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
]
_BYTES_LINEAR = [
    "capitalize",
    "count",
    "endswith",
    "find",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "rfind",
    "rindex",
    "rpartition",
    "rstrip",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
]
_PADDING_AND_SPLITTING: dict[str, Method] = {
    "center": Method(_pad("center"), needs_ctx=True),
    "ljust": Method(_pad("ljust"), needs_ctx=True),
    "rjust": Method(_pad("rjust"), needs_ctx=True),
    "zfill": Method(_zfill, needs_ctx=True),
    "expandtabs": Method(_expandtabs, needs_ctx=True),
    "join": Method(_join, needs_ctx=True),
    "replace": Method(_replace, needs_ctx=True),
    "split": Method(_splitter("split"), needs_ctx=True),
    "rsplit": Method(_splitter("rsplit"), needs_ctx=True),
    "splitlines": Method(_splitlines, needs_ctx=True),
    "translate": Method(_translate, needs_ctx=True),
}

STR: TypeTable = {
    **{name: Linear(getattr(str, name)) for name in _STR_LINEAR},
    **{name: Method(_case(name), needs_ctx=True) for name in _CASE_METHODS},
    **_PADDING_AND_SPLITTING,
    "format": Method(_str_format, needs_ctx=True),
    "format_map": Method(_str_format_map, needs_ctx=True),
    "encode": Linear(_encode),
}

BYTES: TypeTable = {
    **{name: Linear(getattr(bytes, name)) for name in _BYTES_LINEAR},
    **_PADDING_AND_SPLITTING,
    "decode": Linear(_decode),
}


# -- numbers ----------------------------------------------------------------------------------------


def _to_bytes(ctx: RunContext, number: int, length: Any = 1, byteorder: Any = "big", **kwargs: Any) -> bytes:
    if isinstance(length, int):
        ctx.check_str_length(int(length))
        charge_copy(ctx, int(length))
    return number.to_bytes(length, byteorder, **kwargs)


def _from_bytes(ctx: RunContext, data: Any, byteorder: Any = "big", **kwargs: Any) -> int:
    data = bytes(materialize(ctx, data)) if not isinstance(data, bytes) else data
    ctx.check_int_bits(len(data) * 8 - 7 if data else 0)
    return int.from_bytes(data, byteorder, **kwargs)


INT: TypeTable = {
    "bit_length": Method(int.bit_length),
    "bit_count": Method(int.bit_count),
    "conjugate": Method(int.conjugate),
    "as_integer_ratio": Method(int.as_integer_ratio),
    "to_bytes": Method(_to_bytes, needs_ctx=True),
    "real": Property(lambda n: +n),
    "imag": Property(lambda n: 0),
    "numerator": Property(lambda n: +n),
    "denominator": Property(lambda n: 1),
}

FLOAT: TypeTable = {
    "is_integer": Method(float.is_integer),
    "as_integer_ratio": Method(float.as_integer_ratio),
    "hex": Method(float.hex),
    "conjugate": Method(float.conjugate),
    "real": Property(lambda x: x),
    "imag": Property(lambda x: 0.0),
}


# -- list and tuple ---------------------------------------------------------------------------------


def _list_extend(ctx: RunContext, target: list[Any], iterable: Iterable[Any]) -> None:
    items = materialize(ctx, iterable)
    ctx.check_container_length(len(target) + len(items))
    target.extend(items)


def _list_sort(ctx: RunContext, target: list[Any], *, key: Any = None, reverse: Any = False) -> None:
    charge_sort(ctx, len(target), target[0] if target and key is None else None)
    target.sort(key=key, reverse=reverse)


LIST: TypeTable = {
    "append": Method(list.append),
    "clear": Method(list.clear),
    "copy": Linear(list.copy),
    "count": Linear(list.count),
    "extend": Method(_list_extend, needs_ctx=True),
    "index": Linear(list.index),
    "insert": Linear(list.insert),
    "pop": Linear(list.pop),
    "remove": Linear(list.remove),
    "reverse": Linear(list.reverse),
    "sort": Method(_list_sort, needs_ctx=True),
}

TUPLE: TypeTable = {
    "count": Linear(tuple.count),
    "index": Linear(tuple.index),
}


# -- dict and its views -----------------------------------------------------------------------------


def _dict_update(ctx: RunContext, target: dict[Any, Any], *args: Any, **kwargs: Any) -> None:
    if len(args) > 1:
        raise TypeError(f"update expected at most 1 argument, got {len(args)}")
    if args:
        other = args[0]
        if not isinstance(other, dict) and not hasattr(type(other), "keys"):
            other = materialize(ctx, other)
        charge_entries(ctx, len(other))  # pyright: ignore[reportUnknownArgumentType]
        ctx.check_container_length(len(target) + len(other))  # pyright: ignore[reportUnknownArgumentType]
        target.update(other)  # pyright: ignore[reportUnknownArgumentType]
    if kwargs:
        ctx.check_container_length(len(target) + len(kwargs))
        target.update(kwargs)


def _dict_fromkeys(ctx: RunContext, iterable: Iterable[Any], value: Any = None) -> dict[Any, Any]:
    keys = materialize(ctx, iterable)
    charge_entries(ctx, len(keys))
    charge_keys(ctx, keys)
    return dict.fromkeys(keys, value)


def _copy_entries(ctx: RunContext, mapping: Any) -> Any:
    """`d.copy()`, `s.copy()`: a new hash table, charged per entry."""
    charge_entries(ctx, len(mapping))
    return mapping.copy()


def _isdisjoint(ctx: RunContext, view: Any, other: Iterable[Any]) -> bool:
    return view.isdisjoint(materialize(ctx, other))


DICT: TypeTable = {
    "clear": Method(dict.clear),
    "copy": Method(_copy_entries, needs_ctx=True),
    "get": Keyed(dict.get),
    "items": Method(dict.items),
    "keys": Method(dict.keys),
    "pop": Keyed(dict.pop),
    "popitem": Method(dict.popitem),
    "setdefault": Keyed(dict.setdefault),
    "update": Method(_dict_update, needs_ctx=True),
    "values": Method(dict.values),
}

DICT_KEYS: TypeTable = {"isdisjoint": Method(_isdisjoint, needs_ctx=True)}
DICT_VALUES: TypeTable = {}
DICT_ITEMS: TypeTable = {"isdisjoint": Method(_isdisjoint, needs_ctx=True)}


# -- set and frozenset ------------------------------------------------------------------------------


def _set_method(name: str, grows: bool) -> Method:
    """A set method taking iterables: each is materialized (charged) first; growth is size-checked."""

    def method(ctx: RunContext, target: Any, *others: Iterable[Any]) -> Any:
        materialized = [materialize(ctx, other) for other in others]
        involved = len(target) + sum(map(len, materialized))
        if grows:
            ctx.check_container_length(involved)
        charge_entries(ctx, involved)
        return getattr(target, name)(*materialized)

    return Method(method, needs_ctx=True)


_SET_READ: dict[str, Method] = {
    "copy": Method(_copy_entries, needs_ctx=True),
    "difference": _set_method("difference", grows=False),
    "intersection": _set_method("intersection", grows=False),
    "isdisjoint": _set_method("isdisjoint", grows=False),
    "issubset": _set_method("issubset", grows=False),
    "issuperset": _set_method("issuperset", grows=False),
    "symmetric_difference": _set_method("symmetric_difference", grows=True),
    "union": _set_method("union", grows=True),
}

SET: TypeTable = {
    **_SET_READ,
    "add": Keyed(OrderedSet.add),
    "clear": Method(OrderedSet.clear),
    "discard": Keyed(OrderedSet.discard),
    "pop": Method(OrderedSet.pop),
    "remove": Keyed(OrderedSet.remove),
    "difference_update": _set_method("difference_update", grows=False),
    "intersection_update": _set_method("intersection_update", grows=False),
    "symmetric_difference_update": _set_method("symmetric_difference_update", grows=True),
    "update": _set_method("update", grows=True),
}

FROZENSET: TypeTable = _SET_READ


# -- range, exceptions, classes, functions ----------------------------------------------------------


def range_length(span: range) -> int:
    """`len(range)` without OverflowError for huge ranges."""
    if span.step > 0:
        return max(0, (span.stop - span.start + span.step - 1) // span.step)
    return max(0, (span.start - span.stop - span.step - 1) // -span.step)


def _range_search(name: str) -> Method:
    def search(ctx: RunContext, span: range, value: Any) -> Any:
        if type(value) is not int and type(value) is not bool:
            charge_elements(ctx, range_length(span))
        return getattr(span, name)(value)

    return Method(search, needs_ctx=True)


RANGE: TypeTable = {
    "start": Property(lambda r: r.start),
    "stop": Property(lambda r: r.stop),
    "step": Property(lambda r: r.step),
    "count": _range_search("count"),
    "index": _range_search("index"),
}

EXCEPTION: TypeTable = {
    "args": Property(program_args),
    "__class__": Property(type),
}

STOP_ITERATION: TypeTable = {**EXCEPTION, "value": Property(lambda e: e.value)}

OS_ERROR: TypeTable = {
    **EXCEPTION,
    "errno": Property(lambda e: e.errno),
    "strerror": Property(lambda e: e.strerror),
    "filename": Property(lambda e: e.filename),
}

EXCEPTION_GROUP: TypeTable = {
    "exceptions": Property(lambda e: e.exceptions),
    "message": Property(lambda e: e.message),
}

CLASS: TypeTable = {"__name__": Property(lambda cls: getattr(cls, "ptc_name", cls.__name__))}

FUNCTION: TypeTable = {"__name__": Property(lambda f: f.name)}


BUILTIN_TABLES: Mapping[type, TypeTable] = {
    str: STR,
    bytes: BYTES,
    int: INT,
    bool: INT,
    float: FLOAT,
    list: LIST,
    tuple: TUPLE,
    dict: DICT,
    type({}.keys()): DICT_KEYS,
    type({}.values()): DICT_VALUES,
    type({}.items()): DICT_ITEMS,
    ORDERED_KEYS_VIEW: DICT_KEYS,
    ORDERED_VALUES_VIEW: DICT_VALUES,
    ORDERED_ITEMS_VIEW: DICT_ITEMS,
    OrderedSet: SET,
    FrozenOrderedSet: FROZENSET,
    range: RANGE,
    type(None): {},
    BaseException: EXCEPTION,
    StopIteration: STOP_ITERATION,
    OSError: OS_ERROR,
    BaseExceptionGroup: EXCEPTION_GROUP,
    type: CLASS,
    NativeFunction: FUNCTION,
    BoundNativeMethod: FUNCTION,
    BuiltinFunctionType: {"__name__": Property(lambda f: f.__name__)},
}
"""One table per builtin type. Subclasses (exceptions, module types such as Counter) inherit entries."""

STATIC_TABLES: Mapping[type, TypeTable] = {
    str: {"maketrans": Method(_maketrans, needs_ctx=True)},
    bytes: {"fromhex": Method(_fromhex, needs_ctx=True)},
    int: {"from_bytes": Method(_from_bytes, needs_ctx=True)},
    float: {"fromhex": Method(float.fromhex)},
    dict: {"fromkeys": Method(_dict_fromkeys, needs_ctx=True)},
}
"""Attributes of the builtin *types* themselves (`dict.fromkeys`, `str.maketrans`)."""


name_methods_for_programs(BUILTIN_TABLES)
name_methods_for_programs(STATIC_TABLES)

# -- lookup -----------------------------------------------------------------------------------------

METHOD_PLAIN, METHOD_LINEAR, METHOD_WITH_CTX, METHOD_KEYED = 0, 1, 2, 3
"""How a compiled entry is called: `f(obj, *args)`; the same after charging `len(obj)` when it exceeds
`SMALL_COPY_CHARS`; or `f(ctx, obj, *args)`; or `f(obj, *args)` after charging a big tuple `args[0]`."""
_CompiledTable = dict[str, tuple[Callable[..., Any], int]]


def _compile(table: TypeTable) -> _CompiledTable:
    compiled: _CompiledTable = {}
    for name, entry in table.items():
        if isinstance(entry, Method):
            mode = (
                METHOD_WITH_CTX
                if entry.needs_ctx
                else METHOD_LINEAR
                if isinstance(entry, Linear)
                else METHOD_KEYED
                if isinstance(entry, Keyed)
                else METHOD_PLAIN
            )
            compiled[name] = (entry.function, mode)
    return compiled


_METHODS: dict[type, _CompiledTable] = {cls: _compile(table) for cls, table in BUILTIN_TABLES.items()}
"""The hot path of `call_method` for exact builtin types; built once at import, never mutated."""
METHODS_BY_NAME: Mapping[str, Mapping[type, tuple[Callable[..., Any], int]]] = {
    name: {cls: table[name] for cls, table in _METHODS.items() if name in table}
    for name in dict.fromkeys(name for table in _METHODS.values() for name in table)
}
"""`_METHODS` turned around: for a method name, the exact builtin types that have it and their
entries, so that a call site of `.name(...)` finds its entry in one lookup. Never mutated."""


def _inherit(cls: type, entry: Method | Property, name: str) -> Method | Property:
    """An entry inherited by a native subclass calls the subclass's own method when it overrides it
    (`Counter.update` counts, `dict.update` replaces)."""
    if isinstance(entry, Method) and not entry.needs_ctx:
        override = getattr(cls, name, None)
        if override is not None and override is not entry.function:
            return type(entry)(override)
    return entry


def _table_for_class(cls: type, extra: Mapping[type, TypeTable]) -> dict[str, Method | Property]:
    merged: dict[str, Method | Property] = {}
    for base in reversed(cls.__mro__):
        inherited = BUILTIN_TABLES.get(base) or extra.get(base)
        if inherited is None:
            continue
        for name, entry in inherited.items():
            merged[name] = entry if base is cls else _inherit(cls, entry, name)
    return merged


@functools.cache
def _shim_tables() -> Mapping[type, TypeTable]:
    """Tables for value types of module shims, with inherited builtin entries merged in.

    Built on first use rather than at import because the shims import this module. Cached because
    it is a pure function of immutable tables (the same value in every run)."""
    from .. import modules

    extra: Mapping[type, TypeTable] = getattr(modules, "TYPE_TABLES", {})
    return {cls: _table_for_class(cls, extra) for cls in extra}


def table_for(cls: type) -> TypeTable | None:
    """The allowlist table that applies to instances of `cls`, or None if nothing is allowed."""
    table = BUILTIN_TABLES.get(cls)
    if table is not None:
        return table
    table = _shim_tables().get(cls)
    if table is not None:
        return table
    if any(base in BUILTIN_TABLES for base in cls.__mro__[1:]):
        return _table_for_class(cls, {})
    return None


def _missing(obj: Any, name: str) -> AttributeError:
    """CPython's message; a did-you-mean hint among the allowlisted names rides along for the report."""
    if isinstance(obj, type):
        error = AttributeError(
            f"type object {getattr(obj, 'ptc_name', obj.__name__)!r} has no attribute {name!r}"
        )
    else:
        error = AttributeError(f"{ptc_type_name(obj)!r} object has no attribute {name!r}")
    close = difflib.get_close_matches(name, attribute_names(obj), n=1, cutoff=0.6)
    if close:
        attach_hint(error, f"did you mean {close[0]!r}?")
    return error


def get_attribute(ctx: RunContext, obj: Any, name: str) -> Any:
    """`obj.name`: a property's value, a `BoundNativeMethod`, or what the object's hook returns."""
    if isinstance(obj, PtcObject):
        return type(obj).ptc_getattr(obj, ctx, name)
    table = table_for(type(obj))
    entry = table.get(name) if table is not None else None
    if entry is None:
        if isinstance(obj, BaseException):
            attributes = obj.__dict__.get(_EXCEPTION_ATTRIBUTES)
            if attributes is not None and name in attributes:
                return attributes[name]
        raise _missing(obj, name)
    if isinstance(entry, Property):
        return entry.function(obj)
    function = functools.partial(entry.function, ctx) if entry.needs_ctx else entry.function
    if isinstance(entry, Linear):
        function = functools.partial(_charged_linear, ctx, function)
    elif isinstance(entry, Keyed):
        function = functools.partial(_charged_keyed, ctx, function)
    return BoundNativeMethod(name, obj, function)


def _charged_linear(
    ctx: RunContext, function: Callable[..., Any], obj: Any, *args: Any, **kwargs: Any
) -> Any:
    if len(obj) > SMALL_COPY_CHARS:
        charge_linear(ctx, obj)
    return function(obj, *args, **kwargs)


def _charged_keyed(ctx: RunContext, function: Callable[..., Any], obj: Any, *args: Any, **kwargs: Any) -> Any:
    if args and type(args[0]) is tuple:
        charge_key(ctx, args[0])
    return function(obj, *args, **kwargs)


def charge_linear(ctx: RunContext, obj: Any) -> None:
    if type(obj) is str or type(obj) is bytes:
        charge_scan(ctx, len(obj))
    else:
        charge_elements(ctx, len(obj))


def call_method(ctx: RunContext, obj: Any, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """`obj.name(*args, **kwargs)` without creating a bound method (the compiled fast path).

    Calls with up to two positional arguments and no keywords avoid `f(obj, *args)`, whose argument
    tuple rebuild costs as much as a short native method itself."""
    methods = _METHODS.get(type(obj))
    if methods is not None:
        entry = methods.get(name)
        if entry is not None:
            function, mode = entry
            if mode == METHOD_WITH_CTX:
                if not kwargs:
                    count = len(args)
                    if count == 1:
                        return function(ctx, obj, args[0])
                    if count == 2:
                        return function(ctx, obj, args[0], args[1])
                return function(ctx, obj, *args, **kwargs)
            if mode == METHOD_LINEAR:
                if len(obj) > SMALL_COPY_CHARS:
                    charge_linear(ctx, obj)
            elif mode == METHOD_KEYED and args and type(args[0]) is tuple:
                charge_key(ctx, args[0])
            if not kwargs:
                count = len(args)
                if count == 0:
                    return function(obj)
                if count == 1:
                    return function(obj, args[0])
                if count == 2:
                    return function(obj, args[0], args[1])
            return function(obj, *args, **kwargs)
    return get_attribute(ctx, obj, name)(*args, **kwargs)


_EXCEPTION_ATTRIBUTES = "_ptc_attributes"
"""Where a builtin exception instance keeps the attributes the program set on it (`e.code = 404`),
apart from its other `__dict__` entries, which the host or a shim may have put there."""


def set_attribute(ctx: RunContext, obj: Any, name: str, value: Any) -> None:
    """`obj.name = value`: interpreter-owned objects have writable attributes, and so do exceptions."""
    if isinstance(obj, PtcObject):
        type(obj).ptc_setattr(obj, ctx, name, value)
        return
    table = table_for(type(obj))
    if table is not None and name in table:
        raise AttributeError(f"{ptc_type_name(obj)!r} object attribute {name!r} is read-only")
    if isinstance(obj, BaseException) and name[0] != "_":
        obj.__dict__.setdefault(_EXCEPTION_ATTRIBUTES, {})[name] = value
        return
    raise _missing(obj, name)


def del_attribute(ctx: RunContext, obj: Any, name: str) -> None:
    """`del obj.name`: what `set_attribute` allows setting, it allows deleting."""
    if isinstance(obj, PtcObject):
        type(obj).ptc_delattr(obj, ctx, name)
        return
    table = table_for(type(obj))
    if table is not None and name in table:
        raise AttributeError(f"{ptc_type_name(obj)!r} object attribute {name!r} is read-only")
    if isinstance(obj, BaseException):
        attributes = obj.__dict__.get(_EXCEPTION_ATTRIBUTES)
        if attributes is not None and name in attributes:
            del attributes[name]
            return
    raise _missing(obj, name)


def has_attribute(ctx: RunContext, obj: Any, name: str) -> bool:
    """`hasattr(obj, name)`: whether `get_attribute` would find it."""
    try:
        get_attribute(ctx, obj, name)
    except AttributeError:
        return False
    return True


def attribute_names(obj: Any) -> list[str]:
    """Names the program can read on `obj` (for did-you-mean hints on builtin values)."""
    table = table_for(type(obj))
    return sorted(table) if table is not None else []
