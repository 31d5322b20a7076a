"""The program's `json` module: CPython's codec, made to respect the run's budget.

`loads` charges for the text before parsing, and refuses a text nested deeper than
`Limits.max_nesting_depth` (as every operation on the value would: data deeper than that is only
ever built a level at a time by the program, never arrives whole). `dumps` first walks the value (charging per node, rejecting cycles and values JSON cannot
hold, and adding up a lower bound of the output size) so that a structure sharing one big list many
times fails on the size limit instead of allocating gigabytes; only then does CPython encode it.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.budget import SMALL_COPY_CHARS, charge_copy
from ..runtime.registry import CONSTANT, Property, TypeTable
from ..runtime.structure import nesting_error, weigh
from .support import native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_DIGITS_PER_BIT = 0.30103

_LEAF_TYPES = (str, int, float, bool, type(None))
_CONTAINER_TYPES = (dict, list, tuple)
# Prices (steps ≈ an interpreted statement, ~0.3 µs), measured on CPython's codec and the walks here.
_CALL_STEPS = 16
"""Fixed cost of a loads/dumps call (argument handling, codec set-up)."""
_LOADS_CHARS_PER_STEP = 8
_STEPS_PER_ENTRY = 4
"""Per dict entry walked before encoding (key check, value dispatch; the encoder's own key work)."""
_STEPS_PER_ITEM = 2
"""Per list/tuple item walked before encoding."""
_ENCODED_CHARS_PER_STEP = 8
_INDENTED_CHARS_PER_STEP = 2
"""With `indent`, CPython encodes in pure Python, several times slower per character."""


TYPE_TABLES: dict[type, TypeTable] = {
    json.JSONDecodeError: {
        name: Property(lambda error, name=name: getattr(error, name), CONSTANT)
        for name in ("msg", "doc", "pos", "lineno", "colno")
    }
}


def _too_deep(ctx: RunContext, what: str) -> PtcLimitError:
    return nesting_error(ctx, f"JSON {what} nested", hint="flatten the data, or process it in a tool")


def _may_nest_deeper(text: str | bytes | bytearray, limit: int) -> bool:
    """Whether `text` has more opening brackets than the nesting limit (one C pass each): then the value
    it decodes to may nest deeper than any operation on it will accept, so `loads` measures it."""
    if isinstance(text, str):
        return text.count("[") + text.count("{") > limit
    return text.count(b"[") + text.count(b"{") > limit


def _not_serializable(value: object) -> TypeError:
    # CPython names the class by its `__name__` (`Decimal`, never the C type's `decimal.Decimal`)
    return TypeError(f"Object of type {ptc_type_name(value).rpartition('.')[2]} is not JSON serializable")


_CPYTHON_MAX_STR_DIGITS = 4300
"""CPython's default `sys.get_int_max_str_digits()`: a longer number in a JSON text is its
`ValueError`, catchable, where a shorter one past `Limits.max_int_bits` is the size limit."""


def make_module(ctx: RunContext) -> ShimModule:
    max_int_digits = int(ctx.limits.max_int_bits * _DIGITS_PER_BIT) + 2

    def parse_int(text: str) -> int:
        if len(text) > max_int_digits:
            digits = len(text) - text.startswith("-")
            if digits > _CPYTHON_MAX_STR_DIGITS:  # CPython's own refusal, whatever the size limit
                raise ValueError(
                    f"Exceeds the limit ({_CPYTHON_MAX_STR_DIGITS} digits) for integer string conversion: "
                    f"value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )
            ctx.check_int_bits(int(len(text) / _DIGITS_PER_BIT))
        return int(text)

    def loads(s: str | bytes | bytearray, **kwargs: Any) -> Any:
        if not isinstance(s, str | bytes | bytearray):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"the JSON object must be str, bytes or bytearray, not {ptc_type_name(s)}")
        for name in [name for name in kwargs if name in _DECODER_HOOKS]:
            if kwargs[name] is _DECODER_HOOKS[name]:  # the default, as if not given
                del kwargs[name]
        hooks = [name for name in kwargs if name in _DECODER_HOOKS]
        if hooks:
            raise TypeError(
                f"json.loads() does not support {', '.join(hooks)} here; "
                "convert the decoded dicts, lists, strings and numbers afterwards"
            )
        if kwargs:  # CPython hands them to `JSONDecoder(...)`, which takes none of these
            raise TypeError(
                f"JSONDecoder.__init__() got an unexpected keyword argument {next(iter(kwargs))!r}"
            )
        ctx.charge(len(s) // _LOADS_CHARS_PER_STEP + _CALL_STEPS)
        try:
            value = json.loads(s, parse_int=parse_int)
        except RecursionError:
            raise _too_deep(ctx, "text") from None
        if isinstance(value, list | dict) and _may_nest_deeper(s, ctx.limits.max_nesting_depth):
            try:
                weigh(ctx, value)
            except PtcLimitError:
                raise _too_deep(ctx, "text") from None
        return value

    def measure(value: Any, indent_width: int | None, item_separator: int, key_separator: int) -> None:
        """Charge for the nodes and check a lower bound of the encoded size, before encoding."""
        if isinstance(value, dict | list | tuple):
            _Measure(ctx, indent_width or 0, indent_width is not None, item_separator, key_separator).visit(
                value, 1
            )
        elif not isinstance(value, _LEAF_TYPES):
            raise _not_serializable(value)

    def dumps(
        obj: Any,
        *,
        skipkeys: bool = False,
        ensure_ascii: bool = True,
        check_circular: bool = True,
        allow_nan: bool = True,
        indent: int | str | None = None,
        separators: tuple[str, str] | None = None,
        sort_keys: bool = False,
        default: Callable[[Any], Any] | None = None,
        **unsupported: Any,
    ) -> str:
        if unsupported.get("cls", 0) is None:  # the default, as if not given
            del unsupported["cls"]
        if "cls" in unsupported:
            raise TypeError(
                "json.dumps() does not support cls here; "
                "convert the value to dicts, lists, strings and numbers first (or pass default=)"
            )
        if unsupported:  # CPython hands them to `JSONEncoder(...)`, which takes none
            raise TypeError(
                f"JSONEncoder.__init__() got an unexpected keyword argument {next(iter(unsupported))!r}"
            )
        if isinstance(indent, int):
            indent_width: int | None = indent
        elif isinstance(indent, str):
            indent_width = len(indent)
        else:
            indent_width = None
        if separators is None:
            item_separator, key_separator = (", " if indent is None else ","), ": "
        else:
            item_separator, key_separator = separators
        try:
            if default is not None:
                obj = _Defaulted(ctx, default, skipkeys).convert(obj, 1)
            # a separator that is no str is the host encoder's to refuse, in CPython's words
            measure(obj, indent_width, _text_length(item_separator), _text_length(key_separator))
            text = json.dumps(
                obj,
                skipkeys=skipkeys,
                ensure_ascii=ensure_ascii,
                check_circular=check_circular,
                allow_nan=allow_nan,
                indent=indent,
                separators=separators,
                sort_keys=sort_keys,
                default=_refuse,
            )
        except RecursionError:
            raise _too_deep(ctx, "value") from None
        ctx.check_str_length(len(text))
        if len(text) > SMALL_COPY_CHARS:  # `ensure_ascii` escapes may make it up to 12x its strings
            charge_copy(ctx, len(text))
        return text

    return ShimModule(
        "json",
        {
            "loads": native("loads", loads),
            "dumps": native("dumps", dumps),
            "JSONDecodeError": json.JSONDecodeError,
        },
    )


_DECODER_HOOKS: dict[str, Any] = {
    "cls": None,
    "object_hook": None,
    "parse_float": None,
    "parse_int": None,
    "parse_constant": None,
    "object_pairs_hook": None,
    "strict": True,
}
"""`json.loads` keywords CPython takes, with their defaults: any other value is not supported here
(refused, saying so)."""


def _text_length(separator: object) -> int:
    return len(separator) if isinstance(separator, str) else 0


class _Defaulted:
    """`dumps(..., default=f)`: a copy of the value with every object JSON cannot hold replaced by
    `f(object)` (the program's function, called once per object, in encoding order), so the encoder
    and the size walk then see plain data only."""

    __slots__ = ("ctx", "default", "max_depth", "on_path", "skipkeys")

    def __init__(self, ctx: RunContext, default: Callable[[Any], Any], skipkeys: bool) -> None:
        self.ctx = ctx
        self.default = default
        self.skipkeys = skipkeys
        self.max_depth = ctx.limits.max_nesting_depth
        self.on_path: set[int] = set()

    def convert(self, value: Any, depth: int) -> Any:
        if isinstance(value, _LEAF_TYPES):
            return value
        if depth > self.max_depth:
            raise _too_deep(self.ctx, "value")
        marker = id(value)
        if marker in self.on_path:
            raise ValueError("Circular reference detected")
        self.on_path.add(marker)
        if isinstance(value, dict):
            self.ctx.charge(len(value) * _STEPS_PER_ENTRY + 1)
            result: Any = {}
            for key, child in value.items():
                if not isinstance(key, _LEAF_TYPES):
                    if self.skipkeys:
                        continue
                    raise TypeError(f"keys must be str, int, float, bool or None, not {ptc_type_name(key)}")
                result[key] = self.convert(child, depth + 1)
        elif isinstance(value, list | tuple):
            self.ctx.charge(len(value) * _STEPS_PER_ITEM + 1)
            result = [self.convert(child, depth + 1) for child in value]
        else:
            result = self.convert(self.default(value), depth + 1)
        self.on_path.discard(marker)
        return result


class _Measure:
    """A depth-first walk of a value about to be encoded: rejects cycles, values JSON cannot hold and
    nesting beyond the limit, charges per node, and stops as soon as the output must be too large
    (so a list holding the same big list a thousand times fails after a few visits)."""

    __slots__ = (
        "ctx",
        "indent",
        "indented",
        "item_separator",
        "key_separator",
        "max_chars",
        "max_depth",
        "on_path",
        "size",
    )

    def __init__(
        self, ctx: RunContext, indent: int, indented: bool, item_separator: int, key_separator: int
    ) -> None:
        self.ctx = ctx
        self.indent = indent
        self.indented = indented
        self.item_separator = item_separator
        self.key_separator = key_separator
        self.max_chars = ctx.limits.max_string_length
        self.max_depth = ctx.limits.max_nesting_depth
        self.on_path: set[int] = set()
        self.size = 0

    def visit(self, container: Any, depth: int) -> None:
        marker = id(container)
        if marker in self.on_path:
            raise ValueError("Circular reference detected")
        if depth > self.max_depth:
            raise _too_deep(self.ctx, "value")
        self.on_path.add(marker)
        count = len(container)
        self.ctx.charge(count * (_STEPS_PER_ENTRY if isinstance(container, dict) else _STEPS_PER_ITEM) + 1)
        size = 2 + self.item_separator * count
        if self.indented:
            size += count * (1 + self.indent * depth)
        if isinstance(container, dict):
            size += self.key_separator * count
            children: Any = []
            for key, child in container.items():
                if type(key) is str:
                    size += len(key) + 2
                elif not isinstance(key, _LEAF_TYPES):
                    continue  # CPython reports the bad key type itself (or skips it with skipkeys)
                children.append(child)
        else:
            children = container
        for child in children:
            kind = type(child)
            if kind is str:
                size += len(child) + 2
            elif kind is int:
                size += 1 + child.bit_length() // 4
            elif kind is float or kind is bool or child is None:
                size += 4
            elif kind in _CONTAINER_TYPES or isinstance(child, _CONTAINER_TYPES):
                self.size += size
                size = 0
                self.visit(child, depth + 1)
            elif isinstance(child, _LEAF_TYPES):
                size += 1
            else:
                raise _not_serializable(child)
        self.size += size
        if self.size > self.max_chars:
            self.ctx.check_str_length(self.size)
        self.on_path.discard(marker)


def _refuse(value: object) -> Any:
    raise _not_serializable(value)
