"""THE allowlist: which attributes and methods exist on each builtin type, and nothing else.

Every `obj.name` the program evaluates comes through here. Builtin values answer from one table per
type below (entries in `runtime.registry`'s shapes, each with its cost class); interpreter-owned
objects (`PtcObject`) answer through their own hooks; value types introduced by module shims answer
from `modules.TYPE_TABLES`. A name that is not in a table does not exist for the program: no
`__class__`, `__dict__`, `__globals__`, `mro`, `format` walking into attributes. The only `_` name a
table declares is `__name__` (on types and functions), as `registry.readable_name` says.

Dispatch charges by cost class: a method linear in its receiver is charged by the receiver's length
when it is long, a keyed method by the size of a tuple key; entries whose work depends on their
arguments (padding, joining, replacing, extending, sorting) take the `RunContext` and check the
result size or charge the budget *before* calling the native method.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import encodings
import encodings.aliases
import functools
import itertools
import operator
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from types import BuiltinFunctionType, GetSetDescriptorType, MemberDescriptorType
from typing import Any, cast

from .allowlist import PtcObject, ptc_type_name
from .budget import (
    SMALL_COPY_CHARS,
    charge_comparisons,
    charge_copy,
    charge_elements,
    charge_entries,
    charge_key,
    charge_keys,
    charge_pair_keys,
    charge_scan,
    charge_stored_keys,
    charge_text_search,
    costly_key,
    materialize,
    materialize_into,
    sort_charged,
    text_volume,
)
from .context import RunContext
from .exceptions import ProgramSystemExit
from .format import format_map, str_format
from .native import BoundNativeMethod, NativeFunction
from .objects import _unbound_init  # pyright: ignore[reportPrivateUsage]
from .registry import (
    AFFIXES,
    CALL_AFFIXES,
    CALL_KEYED,
    CALL_LINEAR,
    CALL_WITH_CTX,
    CONSTANT,
    KEYED,
    LINEAR_IN_ARGUMENT,
    LINEAR_IN_RECEIVER,
    SCAN,
    SIZE_CHECKED,
    SORTING,
    Entry,
    Method,
    Property,
    TypeTable,
    dict_refusal,
    missing_attribute,
    name_methods_for_programs,
    private_name,
    private_refusal,
)
from .reprs import native_text_for_programs, program_args
from .values import ORDERED_ITEMS_VIEW, ORDERED_KEYS_VIEW, ORDERED_VALUES_VIEW, FrozenOrderedSet, OrderedSet

# -- checks shared by several methods -------------------------------------------------------------

_TEXT_CODECS = frozenset({"utf_8", "ascii", "latin_1"})
_WIDE_CODECS = frozenset({"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"})
"""The codecs text may cross with, by the module name CPython's codec search finds for a name
(`'UTF 8'`, `'u8'`, `'us-ascii'`, `'646'`, `'L1'`, `'utf16'`, `'UnicodeLittleUnmarked'`). All run in
C; the wide ones write up to four bytes per character, so their results are size-checked before
encoding."""
_LONGEST_ENCODING_NAME = 1000
"""A longer name is refused in our words (CPython would quote an unknown one in full)."""
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _codec_module(encoding: str) -> str:
    """The codec module CPython's lookup finds for `encoding`, from the name alone: lowercased
    (ASCII letters only) with spaces as hyphens (`codecs.c`), then `encodings.normalize_encoding`
    and its alias table. No host codec is looked up for a program's name, so nothing is imported
    for it."""
    lowered = encoding.translate(_ASCII_LOWER).replace(" ", "-")
    normalized = encodings.normalize_encoding(lowered)
    table = encodings.aliases.aliases
    return table.get(normalized) or table.get(normalized.replace(".", "_")) or normalized


@functools.cache
def _codec_modules() -> frozenset[str]:
    """Every codec module CPython's search could find (those in the `encodings` package): a name
    that finds none is CPython's 'unknown encoding', anything else a refusal here."""
    return frozenset(module.name for module in pkgutil.iter_modules(encodings.__path__))


def check_str_argument(callee: str, name: str, value: Any) -> None:
    """CPython's argument-parsing error for a text argument (`encode() argument 'encoding' must be
    str, not None`): never the value's repr, which may be any size."""
    if type(value) is not str:
        shown = "None" if value is None else ptc_type_name(value)
        raise TypeError(f"{callee}() argument {name!r} must be str, not {shown}")


def check_encoding(encoding: str, callee: str) -> str:
    """The codec module CPython's lookup finds for `encoding` if it is one the interpreter offers;
    an unknown name is CPython's LookupError, any other is refused with the names to use instead."""
    check_str_argument(callee, "encoding", encoding)
    if "\0" in encoding:
        raise ValueError("embedded null character")
    if encoding.isascii() and len(encoding) <= _LONGEST_ENCODING_NAME:
        module = _codec_module(encoding)
        if module in _TEXT_CODECS or module in _WIDE_CODECS:
            return module
        if module not in _codec_modules():
            raise LookupError(f"unknown encoding: {encoding}")  # CPython's: no codec has that name
    raise LookupError(
        f"unknown or unsupported encoding: {encoding[:40]!r}"
        " (use 'utf-8', 'ascii', 'latin-1', 'utf-16' or 'utf-32')"
    )


def _check_padding(ctx: RunContext, width: Any) -> None:
    if isinstance(width, int) and width > SMALL_COPY_CHARS:
        ctx.check_str_length(int(width))
        charge_copy(ctx, int(width))


def _check_pieces(ctx: RunContext, pieces: int) -> None:
    ctx.check_container_length(pieces)
    charge_elements(ctx, pieces)


# -- str and bytes ----------------------------------------------------------------------------------


def _pad(name: str) -> Callable[..., Any]:
    def pad(ctx: RunContext, text: Any, width: Any, /, *fill: Any) -> Any:
        _check_padding(ctx, width)
        return getattr(text, name)(width, *fill)

    return pad


def _zfill(ctx: RunContext, text: Any, width: Any, /) -> Any:
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


def _join(ctx: RunContext, separator: Any, iterable: Iterable[Any], /) -> Any:
    try:
        items = materialize(ctx, iterable)
    except TypeError as error:
        # CPython replaces any TypeError of getting the iterator (a program `__iter__`'s too)
        if str(error) == f"'{ptc_type_name(iterable)}' object is not iterable":
            raise TypeError("can only join an iterable") from None
        raise
    if len(items) > 1 or len(separator) > 0:
        try:
            total = sum(map(len, items)) + len(separator) * max(len(items) - 1, 0)
        except TypeError:
            return separator.join(items)  # raises CPython's "sequence item 0: expected str" error
        if total > SMALL_COPY_CHARS:
            ctx.check_str_length(total)
            charge_copy(ctx, total)
    return separator.join(items)


def _replace(ctx: RunContext, text: Any, old: Any, new: Any, count: Any = -1, /) -> Any:
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


def _translate(ctx: RunContext, text: Any, table: Any, /, *delete: Any, **keywords: Any) -> Any:
    """`str.translate(table)`, `bytes.translate(table, delete=b"")`: the host method binds the
    arguments (`delete` by name too), with CPython's own errors."""
    if len(text) > SMALL_COPY_CHARS:
        charge_scan(ctx, len(text))
    if isinstance(text, str) and isinstance(table, Mapping):
        ctx.hash_collisions.charge_probes(ctx, len(text))  # each character's code point looked up
        longest = max(
            (len(v) for v in table.values() if isinstance(v, str)),  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
            default=1,
        )
        if longest > 1 and len(text) * longest > ctx.limits.max_string_length:
            charge_elements(ctx, len(text))
            exact = sum(len(r) if isinstance(r := table.get(ord(c), c), str) else 1 for c in text)  # pyright: ignore[reportUnknownArgumentType, reportUnknownMemberType, reportUnknownVariableType]
            ctx.check_str_length(exact)
    return text.translate(table, *delete, **keywords)


def _str_format(ctx: RunContext, template: str, *args: Any, **kwargs: Any) -> str:
    return str_format(ctx, template, args, kwargs)


def _str_format_map(ctx: RunContext, template: str, mapping: Mapping[str, Any], /) -> str:
    return format_map(ctx, template, mapping)


_NON_EXPANDING_ERRORS = frozenset({"strict", "ignore", "replace", "surrogateescape", "surrogatepass"})
"""Error handlers whose output stays within a few bytes per character. The others
(`namereplace`, `xmlcharrefreplace`, `backslashreplace`) write up to ~90 characters for one and
call back into Python per character: `s.encode('ascii', 'namereplace')` of a million-character
string took 0.11 s and made 35 MB."""
REPLACING_CHARS_PER_STEP = 4


def transcode(ctx: RunContext, value: str | bytes, encoding: Any, errors: Any, callee: str) -> str | bytes:
    """`str.encode`, `bytes.decode`, `str(data, encoding)` and `bytes(text, encoding)`: the one
    place text crosses between str and bytes. Charged by the input's length (more with an expanding
    error handler), the result checked against `max_string_length`."""
    check_str_argument(callee, "encoding", encoding)  # both parsed before the codec is looked up
    check_str_argument(callee, "errors", errors)
    codec = check_encoding(encoding, callee)  # the host is given the name as written: its errors quote it
    length = len(value)
    if length > SMALL_COPY_CHARS:
        charge_copy(ctx, length)
    expanding = errors not in _NON_EXPANDING_ERRORS
    if expanding:
        ctx.charge(1 + length // REPLACING_CHARS_PER_STEP)
    if codec in _WIDE_CODECS and isinstance(value, str):
        ctx.check_str_length(4 * length + 4)  # before encoding: up to four bytes a character
    result = value.encode(encoding, errors) if isinstance(value, str) else value.decode(encoding, errors)
    if expanding:
        ctx.check_str_length(len(result))
    return result


def _encode(ctx: RunContext, text: str, encoding: Any = "utf-8", errors: Any = "strict") -> bytes:
    return cast(bytes, transcode(ctx, text, encoding, errors, "encode"))


def _decode(ctx: RunContext, data: bytes, encoding: Any = "utf-8", errors: Any = "strict") -> str:
    return cast(str, transcode(ctx, data, encoding, errors, "decode"))


def _maketrans(ctx: RunContext, *args: Any) -> Any:
    for arg in args:
        if hasattr(arg, "__len__"):
            charge_elements(ctx, len(arg))
        if isinstance(arg, dict):
            charge_stored_keys(ctx, arg)  # pyright: ignore[reportUnknownArgumentType]
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


def _float_fromhex(ctx: RunContext, text: object) -> float:
    if isinstance(text, str):  # parsed whole: `float.fromhex("0x" + "0" * 999_990 + "1p0")`
        charge_scan(ctx, len(text))
    return float.fromhex(cast(str, text))  # anything else: CPython's own TypeError


_STR_LINEAR = [
    "capitalize",
    "casefold",
    "count",
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
    "strip",
    "swapcase",
    "title",
    "upper",
]
_BYTES_LINEAR = [
    "capitalize",
    "count",
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
    "strip",
    "swapcase",
    "title",
    "upper",
]
_PADDING_AND_SPLITTING: dict[str, Method] = {
    "center": Method(_pad("center"), SIZE_CHECKED),
    "ljust": Method(_pad("ljust"), SIZE_CHECKED),
    "rjust": Method(_pad("rjust"), SIZE_CHECKED),
    "zfill": Method(_zfill, SIZE_CHECKED),
    "expandtabs": Method(_expandtabs, SIZE_CHECKED),
    "join": Method(_join, SIZE_CHECKED),
    "replace": Method(_replace, SIZE_CHECKED),
    "split": Method(_splitter("split"), SIZE_CHECKED),
    "rsplit": Method(_splitter("rsplit"), SIZE_CHECKED),
    "splitlines": Method(_splitlines, SIZE_CHECKED),
    "translate": Method(_translate, SIZE_CHECKED),
}

STR: TypeTable = {
    **{name: Method(getattr(str, name), LINEAR_IN_RECEIVER) for name in _STR_LINEAR},
    **{name: Method(_case(name), SIZE_CHECKED) for name in _CASE_METHODS},
    **_PADDING_AND_SPLITTING,
    "startswith": Method(str.startswith, AFFIXES),
    "endswith": Method(str.endswith, AFFIXES),
    "format": Method(_str_format, SIZE_CHECKED),
    "format_map": Method(_str_format_map, SIZE_CHECKED),
    "encode": Method(_encode, SIZE_CHECKED),
    "__getnewargs__": Method(str.__getnewargs__, CONSTANT),
}

BYTES: TypeTable = {
    **{name: Method(getattr(bytes, name), LINEAR_IN_RECEIVER) for name in _BYTES_LINEAR},
    **_PADDING_AND_SPLITTING,
    "startswith": Method(bytes.startswith, AFFIXES),
    "endswith": Method(bytes.endswith, AFFIXES),
    "decode": Method(_decode, SIZE_CHECKED),
    "__getnewargs__": Method(bytes.__getnewargs__, CONSTANT),
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
    "bit_length": Method(int.bit_length, CONSTANT),
    "bit_count": Method(int.bit_count, CONSTANT),
    "conjugate": Method(int.conjugate, CONSTANT),
    "as_integer_ratio": Method(int.as_integer_ratio, CONSTANT),
    "to_bytes": Method(_to_bytes, SIZE_CHECKED),
    "real": Property(lambda n: +n, CONSTANT),
    "imag": Property(lambda n: 0, CONSTANT),
    "numerator": Property(lambda n: +n, CONSTANT),
    "denominator": Property(lambda n: 1, CONSTANT),
    "__getnewargs__": Method(int.__getnewargs__, CONSTANT),
}

FLOAT: TypeTable = {
    "is_integer": Method(float.is_integer, CONSTANT),
    "as_integer_ratio": Method(float.as_integer_ratio, CONSTANT),
    "hex": Method(float.hex, CONSTANT),
    "conjugate": Method(float.conjugate, CONSTANT),
    "real": Property(lambda x: x, CONSTANT),
    "imag": Property(lambda x: 0.0, CONSTANT),
    "__getnewargs__": Method(float.__getnewargs__, CONSTANT),
}


# -- list and tuple ---------------------------------------------------------------------------------


def _list_extend(ctx: RunContext, target: list[Any], iterable: Iterable[Any], /) -> None:
    def extend(items: Any) -> None:
        ctx.check_container_length(len(target) + len(items))
        target.extend(items)

    materialize_into(ctx, iterable, extend)


_SHORT_REPR_TYPES = frozenset({int, float, bool, type(None)})


def index_without_repr(values: Any, *arguments: Any, kind: str = "list") -> int:
    """`values.index(item, start, stop)` for a list or deque. CPython puts the item's repr in its
    "is not in list" message, and the repr of a program value can be any size (a DAG-shaped list never
    finishes): the search is `operator.indexOf` over the same positions (the same comparisons, in the
    same order), and the message holds the repr only of a number, a short text or a class."""
    if not 1 <= len(arguments) <= 3:
        count = len(arguments)
        raise TypeError(
            f"index expected at {'least 1 argument' if not count else 'most 3 arguments'}, got {count}"
        )
    item, bounds = arguments[0], arguments[1:]
    start = 0
    if bounds:
        if any(bound is None for bound in bounds):
            raise TypeError("slice indices must be integers or have an __index__ method")
        start, stop, _ = slice(bounds[0], bounds[1] if len(bounds) > 1 else None).indices(len(values))
        positions: Any = itertools.islice(values, start, max(start, stop))
    else:
        positions = values
    try:
        return start + operator.indexOf(positions, item)
    except ValueError:
        cls: type[Any] = type(item)
        if (
            cls in _SHORT_REPR_TYPES
            or (cls is str and len(item) <= SMALL_COPY_CHARS)
            or isinstance(item, type)
        ):
            raise ValueError(f"{native_text_for_programs(repr(item))} is not in {kind}") from None
        raise ValueError(f"{kind}.index(x): x not in {kind}") from None


def _search(native: Callable[..., Any]) -> Method:
    """`count`, `index`, `remove` of a list or tuple: each element is compared with the item, walking
    into it when it is a container (`charge_comparisons`), and a long text searched for is compared
    with each element of its length (`charge_text_search`)."""

    def search(ctx: RunContext, values: Any, *args: Any) -> Any:
        if args:  # each element compared with the item: deeply when it is a container
            charge_comparisons(ctx, len(values), args[0])
            charge_text_search(ctx, args[0], values)
        return native(values, *args)  # no argument: CPython's own message

    return Method(search, SCAN)


def _list_sort(ctx: RunContext, target: list[Any], *, key: Any = None, reverse: Any = False) -> None:
    sort_charged(ctx, target, key, reverse)


LIST: TypeTable = {
    "append": Method(list.append, CONSTANT),
    "clear": Method(list.clear, CONSTANT),
    "copy": Method(list.copy, LINEAR_IN_RECEIVER),
    "count": _search(list.count),
    "extend": Method(_list_extend, LINEAR_IN_ARGUMENT),
    "index": _search(index_without_repr),
    "insert": Method(list.insert, LINEAR_IN_RECEIVER),
    "pop": Method(list.pop, LINEAR_IN_RECEIVER),
    "remove": _search(list.remove),
    "reverse": Method(list.reverse, LINEAR_IN_RECEIVER),
    "sort": Method(_list_sort, SORTING),
}


def _tuple_newargs(value: tuple[Any, ...]) -> tuple[tuple[Any, ...]]:
    """CPython's `tuple.__getnewargs__`: the values, in one tuple."""
    return (tuple(value),)


TUPLE: TypeTable = {
    "count": _search(tuple.count),
    "index": _search(tuple.index),
    "__getnewargs__": Method(_tuple_newargs, CONSTANT),
}


# -- dict and its views -----------------------------------------------------------------------------


def _dict_update(ctx: RunContext, target: dict[Any, Any], *args: Any, **kwargs: Any) -> None:
    if len(args) > 1:
        raise TypeError(f"update expected at most 1 argument, got {len(args)}")
    if args:
        other = args[0]

        def merge(entries: Any) -> None:
            charge_entries(ctx, len(entries))
            ctx.check_container_length(len(target) + len(entries))
            target.update(entries)

        def merge_pairs(pairs: Any) -> None:
            charge_pair_keys(ctx, pairs)
            merge(pairs)

        if isinstance(other, dict):
            charge_stored_keys(ctx, other)  # pyright: ignore[reportUnknownArgumentType]
            merge(other)
        elif hasattr(type(other), "keys"):
            merge(other)
        else:  # pairs merge as they come: those before a failing pull stay, as in CPython
            materialize_into(ctx, other, merge_pairs)
    if kwargs:
        ctx.check_container_length(len(target) + len(kwargs))
        target.update(kwargs)


def fromkeys_arguments(callee: str, args: tuple[Any, ...], keywords: Mapping[str, Any]) -> tuple[Any, Any]:
    """dict's `fromkeys(iterable, value=None, /)` arguments, with CPython's messages (`callee` as
    CPython names the method in them: `dict.fromkeys`, a subclass's bare `fromkeys`)."""
    if keywords:
        raise TypeError(f"{callee}() takes no keyword arguments")
    if not 1 <= len(args) <= 2:
        bound = "at least 1 argument" if not args else "at most 2 arguments"
        raise TypeError(f"fromkeys expected {bound}, got {len(args)}")
    return args[0], args[1] if len(args) == 2 else None


def _dict_fromkeys(ctx: RunContext, *args: Any, **keywords: Any) -> dict[Any, Any]:
    """`dict.fromkeys(iterable, value=None)`, by position only, with CPython's messages."""
    iterable, value = fromkeys_arguments("dict.fromkeys", args, keywords)
    keys = materialize(ctx, iterable)
    charge_entries(ctx, len(keys))
    charge_keys(ctx, keys)
    return dict.fromkeys(keys, value)


def _copy_entries(ctx: RunContext, mapping: Any) -> Any:
    """`d.copy()`, `s.copy()`: a new hash table, charged per entry."""
    charge_entries(ctx, len(mapping))
    charge_stored_keys(ctx, mapping)
    return mapping.copy()


def _set_pop(ctx: RunContext, target: OrderedSet) -> Any:
    """`s.pop()`: removing the oldest element probes for it, and every few pops the set is rebuilt,
    each element probed for again (`OrderedSet.pop`): charged when keys collide."""
    if ctx.hash_collisions.flooded and target:
        charge_key(ctx, next(iter(target)))
        if target.rebuilds_on_next_pop():
            charge_stored_keys(ctx, target)
    return target.pop()


def _dict_popitem(ctx: RunContext, target: dict[Any, Any]) -> Any:
    """`d.popitem()`: removing the newest entry probes for its key (charged when keys collide)."""
    if ctx.hash_collisions.flooded and target:
        charge_key(ctx, next(reversed(target)))
    return target.popitem()


def _isdisjoint(ctx: RunContext, view: Any, other: Iterable[Any]) -> bool:
    items = materialize(ctx, other)
    charge_keys(ctx, items)
    return view.isdisjoint(items)


DICT: TypeTable = {
    "clear": Method(dict.clear, CONSTANT),
    "copy": Method(_copy_entries, LINEAR_IN_ARGUMENT),
    "get": Method(dict.get, KEYED),
    "items": Method(dict.items, CONSTANT),
    "keys": Method(dict.keys, CONSTANT),
    "pop": Method(dict.pop, KEYED),
    "popitem": Method(_dict_popitem, SCAN),
    "setdefault": Method(dict.setdefault, KEYED),
    "update": Method(_dict_update, LINEAR_IN_ARGUMENT),
    "values": Method(dict.values, CONSTANT),
}

DICT_KEYS: TypeTable = {"isdisjoint": Method(_isdisjoint, LINEAR_IN_ARGUMENT)}
DICT_VALUES: TypeTable = {}
DICT_ITEMS: TypeTable = {"isdisjoint": Method(_isdisjoint, LINEAR_IN_ARGUMENT)}


# -- set and frozenset ------------------------------------------------------------------------------


_SET_UPDATES_IN_TURN = frozenset({"update", "difference_update"})
"""Set methods that take each argument's elements in turn, one by one, in CPython: an iterator that
raises midway leaves the arguments before it, and its elements before the error, applied (the
other methods build a new set first, so a failure changes nothing)."""


_SET_ONE_ARGUMENT = frozenset(
    {"isdisjoint", "issubset", "issuperset", "symmetric_difference", "symmetric_difference_update"}
)
"""Set methods that take exactly one iterable (the others take any number)."""


def _set_method(name: str, grows: bool) -> Method:
    """A set method taking iterables: each is materialized (charged) first; growth is size-checked."""

    def apply(ctx: RunContext, target: Any, materialized: list[Any]) -> Any:
        for items in materialized:
            charge_keys(ctx, items)
        charge_stored_keys(ctx, target)
        involved = len(target) + sum(map(len, materialized))
        if grows:
            ctx.check_container_length(involved)
        charge_entries(ctx, involved)
        return getattr(target, name)(*materialized)

    def method(ctx: RunContext, target: Any, *others: Iterable[Any]) -> Any:
        if name in _SET_ONE_ARGUMENT and len(others) != 1:
            kind = "frozenset" if isinstance(target, FrozenOrderedSet) else "set"
            raise TypeError(f"{kind}.{name}() takes exactly one argument ({len(others)} given)")
        if name in _SET_UPDATES_IN_TURN:
            for other in others:
                materialize_into(ctx, other, lambda items: apply(ctx, target, [items]))
            return None
        return apply(ctx, target, [materialize(ctx, other) for other in others])

    return Method(method, LINEAR_IN_ARGUMENT)


_SET_READ: dict[str, Method] = {
    "copy": Method(_copy_entries, LINEAR_IN_ARGUMENT),
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
    "add": Method(OrderedSet.add, KEYED),
    "clear": Method(OrderedSet.clear, CONSTANT),
    "discard": Method(OrderedSet.discard, KEYED),
    "pop": Method(_set_pop, SCAN),
    "remove": Method(OrderedSet.remove, KEYED),
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
    def search(ctx: RunContext, span: range, value: Any, /) -> Any:
        if type(value) is not int and type(value) is not bool:
            charge_elements(ctx, range_length(span))
        return getattr(span, name)(value)

    return Method(search, SCAN)


RANGE: TypeTable = {
    "start": Property(lambda r: r.start, CONSTANT),
    "stop": Property(lambda r: r.stop, CONSTANT),
    "step": Property(lambda r: r.step, CONSTANT),
    "count": _range_search("count"),
    "index": _range_search("index"),
}

SLICE: TypeTable = {
    "start": Property(lambda s: s.start, CONSTANT),
    "stop": Property(lambda s: s.stop, CONSTANT),
    "step": Property(lambda s: s.step, CONSTANT),
    "indices": Method(slice.indices, CONSTANT),
}

EXCEPTION: TypeTable = {
    "args": Property(program_args, CONSTANT, charges_run=True),
}

STOP_ITERATION: TypeTable = {**EXCEPTION, "value": Property(lambda e: e.value, CONSTANT)}

OS_ERROR: TypeTable = {
    **EXCEPTION,
    "errno": Property(lambda e: e.errno, CONSTANT),
    "strerror": Property(lambda e: e.strerror, CONSTANT),
    "filename": Property(lambda e: e.filename, CONSTANT),
}

SYSTEM_EXIT: TypeTable = {**EXCEPTION, "code": Property(lambda e: e.code, CONSTANT)}

UNICODE_ERROR: TypeTable = {
    **EXCEPTION,
    "encoding": Property(lambda e: e.encoding, CONSTANT),
    "object": Property(lambda e: e.object, CONSTANT),
    "start": Property(lambda e: e.start, CONSTANT),
    "end": Property(lambda e: e.end, CONSTANT),
    "reason": Property(lambda e: e.reason, CONSTANT),
}
"""`UnicodeEncodeError`/`UnicodeDecodeError`: where the text failed to cross, and why."""

EXCEPTION_GROUP: TypeTable = {
    "exceptions": Property(lambda e: e.exceptions, CONSTANT),
    "message": Property(lambda e: e.message, CONSTANT),
}


def _class_init(cls: type, instance: Any, *args: Any) -> None:
    _unbound_init(cls)(instance, *args)


CLASS: TypeTable = {
    "__name__": Property(lambda cls: getattr(cls, "ptc_name", cls.__name__), CONSTANT),
    "__init__": Method(_class_init, CONSTANT),  # `Exception.__init__(self, msg)` in a program class
}
"""Host classes a program holds: the builtin exception classes (other types are `BuiltinType`s,
`NativeClass`es or program classes, which answer through their own hooks)."""

FUNCTION: TypeTable = {"__name__": Property(lambda f: f.name, CONSTANT)}


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
    slice: SLICE,
    type(None): {},
    BaseException: EXCEPTION,
    StopIteration: STOP_ITERATION,
    OSError: OS_ERROR,
    UnicodeEncodeError: UNICODE_ERROR,
    UnicodeDecodeError: UNICODE_ERROR,
    ProgramSystemExit: SYSTEM_EXIT,
    BaseExceptionGroup: EXCEPTION_GROUP,
    type: CLASS,
    NativeFunction: FUNCTION,
    BoundNativeMethod: FUNCTION,
    BuiltinFunctionType: {"__name__": Property(lambda f: f.__name__, CONSTANT)},
}
"""One table per builtin type. Subclasses (exceptions, module types such as Counter) inherit entries."""

STATIC_TABLES: Mapping[type, TypeTable] = {
    str: {"maketrans": Method(_maketrans, LINEAR_IN_ARGUMENT)},
    bytes: {"fromhex": Method(_fromhex, LINEAR_IN_ARGUMENT)},
    int: {"from_bytes": Method(_from_bytes, SIZE_CHECKED)},
    float: {"fromhex": Method(_float_fromhex, LINEAR_IN_ARGUMENT)},
    dict: {"fromkeys": Method(_dict_fromkeys, LINEAR_IN_ARGUMENT)},
}
"""Attributes of the builtin *types* themselves (`dict.fromkeys`, `str.maketrans`)."""


def static_method(ctx: RunContext, name: str, static: Method) -> NativeFunction:
    """A static table's method as the program calls it, from the type or from one of its values."""
    function = static.function
    if static.cost.takes_ctx:
        return NativeFunction(name, lambda *args, **kwargs: function(ctx, *args, **kwargs))  # pyright: ignore[reportUnknownLambdaType]
    return NativeFunction(name, function)


name_methods_for_programs(BUILTIN_TABLES)
name_methods_for_programs(STATIC_TABLES)

# -- lookup -----------------------------------------------------------------------------------------

_CompiledTable = dict[str, tuple[Callable[..., Any], int]]
"""A type's methods as dispatch calls them: the native function and its cost class's `call` mode."""


def _compile(table: TypeTable) -> _CompiledTable:
    return {
        name: (entry.function, entry.cost.call) for name, entry in table.items() if isinstance(entry, Method)
    }


_METHODS: dict[type, _CompiledTable] = {cls: _compile(table) for cls, table in BUILTIN_TABLES.items()}
"""The hot path of `call_method` for exact builtin types; built once at import, never mutated."""
METHODS_BY_NAME: Mapping[str, Mapping[type, tuple[Callable[..., Any], int]]] = {
    name: {cls: table[name] for cls, table in _METHODS.items() if name in table}
    for name in dict.fromkeys(name for table in _METHODS.values() for name in table)
}
"""`_METHODS` turned around: for a method name, the exact builtin types that have it and their
entries, so that a call site of `.name(...)` finds its entry in one lookup. Never mutated."""


def _inherit(cls: type, entry: Entry, name: str) -> Entry:
    """An entry inherited by a native subclass calls the subclass's own method when it overrides it
    (`Counter.update` counts, `dict.update` replaces). Never for `_` names: a host subclass's own
    dunder (a metaclass's `__init__`) is not what the declaration names."""
    if isinstance(entry, Method) and not entry.cost.takes_ctx and name[0] != "_":
        override = getattr(cls, name, None)
        if override is not None and override is not entry.function:
            return Method(override, entry.cost)
    return entry


def _table_for_class(cls: type, extra: Mapping[type, TypeTable]) -> dict[str, Entry]:
    merged: dict[str, Entry] = {}
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
    """CPython's message; a did-you-mean hint among the declared names rides along for the report."""
    if name[:2] == "__" and not isinstance(obj, PtcObject) and hasattr(type(obj), name):
        # `[].__len__`: CPython's value has it; here only the builtin or operator spelling exists
        return AttributeError(
            f"{name} of a {ptc_type_name(obj)!r} object is not supported: use the builtin function or"
            " operator it implements (len(x), x == y, repr(x), ...)"
        )
    if isinstance(obj, type):
        message = f"type object {getattr(obj, 'ptc_name', obj.__name__)!r} has no attribute {name!r}"
    else:
        message = f"{_c_type_name(obj)!r} object has no attribute {name!r}"
    return missing_attribute(message, name, attribute_names(obj))


def holds_private_names(obj: Any) -> bool:
    """Whether `obj`'s private attributes (`registry.private_name`) are the program's own: the
    program's classes, instances and functions, and the attributes a program sets on a builtin
    exception (kept apart from the host's, `_EXCEPTION_ATTRIBUTES`)."""
    return isinstance(obj, BaseException) or getattr(type(obj), "ptc_private_names", False) is True


_WITHOUT_PRIVATE_NAMES = frozenset(
    {int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, OrderedSet, FrozenOrderedSet}
    | {range, slice, type(None), type(iter([])), type(iter(())), type(iter("")), type({}.items())}
    | {type({}.keys()), type({}.values()), BuiltinFunctionType}
)
"""Types CPython gives no private attribute at all (`dir(int)` has no `_x` name): there, a private
name is simply missing, in CPython's words."""


def _private_refusal(obj: Any, name: str) -> AttributeError:
    if type(obj) in _WITHOUT_PRIVATE_NAMES:
        return _missing(obj, name)
    return private_refusal(ptc_type_name(obj), name)


def _no_dict(obj: Any) -> AttributeError:
    """`x.__dict__` where the program's own attribute dict does not exist: CPython's message where
    CPython's value has none either (`(1).__dict__`), else a refusal."""
    if not isinstance(obj, PtcObject | type) and not hasattr(obj, "__dict__"):
        return AttributeError(f"{_c_type_name(obj)!r} object has no attribute '__dict__'")
    return dict_refusal(ptc_type_name(obj))


_HEAP_TYPE = 1 << 9
"""`Py_TPFLAGS_HEAPTYPE`: set on classes defined in Python, clear on C-defined static types."""


def _c_type_name(obj: Any) -> str:
    """How CPython's own messages name `obj`'s class: a C type of a module by its full name
    (`'collections.deque' object has no attribute ...`), everything else as `ptc_type_name`."""
    cls = type(obj)
    module = cls.__module__
    if not cls.__flags__ & _HEAP_TYPE and module != "builtins" and not isinstance(obj, PtcObject):
        return f"{module}.{cls.__qualname__}"
    return ptc_type_name(obj)


def get_attribute(ctx: RunContext, obj: Any, name: str) -> Any:
    """`obj.name`: a property's value, a `BoundNativeMethod`, or what the object's hook returns."""
    if name[:1] == "_":
        if name == "__class__":
            return ctx.type_of(obj)
        if private_name(name) and not holds_private_names(obj):
            raise _private_refusal(obj, name)
        if name == "__dict__" and not getattr(type(obj), "ptc_plain_dict", False):
            raise _no_dict(obj)
    if isinstance(obj, PtcObject):
        return type(obj).ptc_getattr(obj, ctx, name)
    table = table_for(type(obj))
    entry = table.get(name) if table is not None else None
    if entry is None:
        if isinstance(obj, BaseException):
            attributes = obj.__dict__.get(_EXCEPTION_ATTRIBUTES)
            if attributes is not None and name in attributes:
                return attributes[name]
        static = STATIC_TABLES.get(type(obj), {}).get(name)
        if isinstance(static, Method):  # `{}.fromkeys(...)`, `"".maketrans(...)`: the type's own method
            return static_method(ctx, name, static)
        raise _missing(obj, name)
    if isinstance(entry, Property):
        return entry.read(obj, ctx)
    call = entry.cost.call
    function = entry.function
    if call == CALL_WITH_CTX:
        function = functools.partial(function, ctx)
    elif call == CALL_LINEAR:
        function = functools.partial(_charged_linear, ctx, function)
    elif call == CALL_KEYED:
        function = functools.partial(_charged_keyed, ctx, function)
    elif call == CALL_AFFIXES:
        function = functools.partial(_charged_affixes, ctx, function)
    return BoundNativeMethod(name, obj, function)


def _charged_linear(
    ctx: RunContext, function: Callable[..., Any], obj: Any, *args: Any, **kwargs: Any
) -> Any:
    if len(obj) > SMALL_COPY_CHARS:
        charge_linear(ctx, obj)
    return function(obj, *args, **kwargs)


def _charged_keyed(ctx: RunContext, function: Callable[..., Any], obj: Any, *args: Any, **kwargs: Any) -> Any:
    if args and costly_key(ctx, args[0]):
        charge_key(ctx, args[0])
    return function(obj, *args, **kwargs)


def _charged_affixes(
    ctx: RunContext, function: Callable[..., Any], obj: Any, *args: Any, **kwargs: Any
) -> Any:
    charge_affixes(ctx, obj, args[0] if args else None)
    return function(obj, *args, **kwargs)


def charge_affixes(ctx: RunContext, text: Any, affix: Any) -> None:
    """`text.startswith(affix)` (`endswith`): the text is scanned when long, and a tuple of
    candidates is compared one by one, each up to its length."""
    if len(text) > SMALL_COPY_CHARS:
        charge_scan(ctx, len(text))
    if isinstance(affix, tuple):  # a namedtuple of candidates too
        charge_elements(ctx, len(affix))
        volume = text_volume(affix)
        if volume:
            charge_scan(ctx, volume)


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
            if mode == CALL_WITH_CTX:
                if not kwargs:
                    count = len(args)
                    if count == 1:
                        return function(ctx, obj, args[0])
                    if count == 2:
                        return function(ctx, obj, args[0], args[1])
                return function(ctx, obj, *args, **kwargs)
            if mode == CALL_LINEAR:
                if len(obj) > SMALL_COPY_CHARS:
                    charge_linear(ctx, obj)
            elif mode == CALL_KEYED and args and costly_key(ctx, args[0]):
                charge_key(ctx, args[0])
            elif mode == CALL_AFFIXES:
                charge_affixes(ctx, obj, args[0] if args else None)
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


def _read_only(obj: Any, name: str) -> AttributeError:
    """CPython's message for writing or deleting a declared attribute, which depends on what kind
    of attribute the host's class has under that name (read statically: nothing is called)."""
    descriptor = next((klass.__dict__[name] for klass in type(obj).__mro__ if name in klass.__dict__), None)
    if isinstance(descriptor, GetSetDescriptorType):
        return AttributeError(f"attribute {name!r} of {_c_type_name(obj)!r} objects is not writable")
    if isinstance(descriptor, MemberDescriptorType):
        return AttributeError("readonly attribute")
    if isinstance(descriptor, property):
        return AttributeError(f"property {name!r} of {ptc_type_name(obj)!r} object has no setter")
    return AttributeError(f"{ptc_type_name(obj)!r} object attribute {name!r} is read-only")


_EXCEPTION_ATTRIBUTES = "_ptc_attributes"
"""Where a builtin exception instance keeps the attributes the program set on it (`e.code = 404`),
apart from its other `__dict__` entries, which the host or a shim may have put there."""


def set_attribute(ctx: RunContext, obj: Any, name: str, value: Any) -> None:
    """`obj.name = value`: interpreter-owned objects have writable attributes, and so do exceptions."""
    if name[:1] == "_" and private_name(name) and not holds_private_names(obj):
        raise _private_refusal(obj, name)
    if isinstance(obj, PtcObject):
        type(obj).ptc_setattr(obj, ctx, name, value)
        return
    table = table_for(type(obj))
    if table is not None and name in table:
        entry = table[name]
        if isinstance(entry, Property) and entry.setter is not None:
            entry.setter(obj, value)
            return
        raise _read_only(obj, name)
    if isinstance(obj, BaseException) and (name[0] != "_" or private_name(name)):
        obj.__dict__.setdefault(_EXCEPTION_ATTRIBUTES, {})[name] = value
        return
    raise _missing(obj, name)


def del_attribute(ctx: RunContext, obj: Any, name: str) -> None:
    """`del obj.name`: what `set_attribute` allows setting, it allows deleting."""
    if name[:1] == "_" and private_name(name) and not holds_private_names(obj):
        raise _private_refusal(obj, name)
    if isinstance(obj, PtcObject):
        type(obj).ptc_delattr(obj, ctx, name)
        return
    table = table_for(type(obj))
    if table is not None and name in table:
        raise _read_only(obj, name)
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
