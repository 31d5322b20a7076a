"""The program's `json` module: CPython's codec, made to respect the run's budget.

`loads` charges for the text before parsing and turns the parser's recursion overflow into a limit
error. `dumps` first walks the value (charging per node, rejecting cycles and values JSON cannot
hold, and adding up a lower bound of the output size) so that a structure sharing one big list many
times fails on the size limit instead of allocating gigabytes; only then does CPython encode it.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from ..runtime.allowlist import Property, ShimModule, TypeTable, ptc_type_name
from .support import PARSE_CHARS_PER_STEP, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_DIGITS_PER_BIT = 0.30103

_LEAF_TYPES = (str, int, float, bool, type(None))
_EXIT = object()
"""Marker pushed on the walk stack to leave a container (for cycle detection)."""


TYPE_TABLES: dict[type, TypeTable] = {
    json.JSONDecodeError: {
        name: Property(lambda error, name=name: getattr(error, name))
        for name in ("msg", "doc", "pos", "lineno", "colno")
    }
}


def _too_deep(what: str) -> PtcLimitError:
    return PtcLimitError(
        "max_recursion_depth",
        f"JSON {what} is nested too deeply",
        hint="flatten the data, or process it in a tool",
    )


def _not_serializable(value: object) -> TypeError:
    return TypeError(f"Object of type {ptc_type_name(value)} is not JSON serializable")


def make_module(ctx: RunContext) -> ShimModule:
    max_int_digits = int(ctx.limits.max_int_bits * _DIGITS_PER_BIT) + 2

    def parse_int(text: str) -> int:
        if len(text) > max_int_digits:
            ctx.check_int_bits(int(len(text) / _DIGITS_PER_BIT))
        return int(text)

    def loads(s: str | bytes | bytearray, **kwargs: Any) -> Any:
        if kwargs:
            raise TypeError(f"json.loads() got unsupported keyword arguments: {', '.join(sorted(kwargs))}")
        if not isinstance(s, str | bytes | bytearray):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"the JSON object must be str, bytes or bytearray, not {ptc_type_name(s)}")
        ctx.charge(len(s) // PARSE_CHARS_PER_STEP + 1)
        try:
            return json.loads(s, parse_int=parse_int)
        except RecursionError:
            raise _too_deep("text") from None

    def measure(value: Any, indent_width: int | None, item_separator: int, key_separator: int) -> None:
        """Charge one step per node and check a lower bound of the encoded size, before encoding."""
        size = 0
        depth = 0
        on_path: set[int] = set()
        stack: list[Any] = [value]
        max_chars = ctx.limits.max_string_length
        max_depth = ctx.limits.max_recursion_depth * 4
        nodes = 0
        while stack:
            item = stack.pop()
            if item is _EXIT:
                on_path.discard(id(stack.pop()))
                depth -= 1
                continue
            nodes += 1
            if nodes % 256 == 0:
                ctx.charge(256)
                if size > max_chars:
                    ctx.check_str_length(size)
            if indent_width is not None:
                size += 1 + indent_width * depth
            if isinstance(item, str):
                size += len(item) + 2
            elif isinstance(item, int):  # bool included
                size += 1 + item.bit_length() // 4
            elif isinstance(item, float) or item is None:
                size += 3
            elif isinstance(item, dict | list | tuple):
                if id(item) in on_path:
                    raise ValueError("Circular reference detected")
                depth += 1
                if depth > max_depth:
                    raise _too_deep("value")
                on_path.add(id(item))
                stack.append(item)
                stack.append(_EXIT)
                if isinstance(item, dict):
                    size += 2 + (item_separator + key_separator) * len(item)  # pyright: ignore[reportUnknownArgumentType]
                    for key, child in item.items():  # pyright: ignore[reportUnknownVariableType]
                        if isinstance(key, str):
                            size += len(key) + 2
                        elif not isinstance(key, _LEAF_TYPES):
                            continue  # CPython reports the bad key type itself
                        stack.append(child)
                else:
                    size += 2 + item_separator * len(item)  # pyright: ignore[reportUnknownArgumentType]
                    stack.extend(reversed(item))  # pyright: ignore[reportUnknownArgumentType]
            else:
                raise _not_serializable(item)
        ctx.charge(nodes % 256)
        ctx.check_str_length(size)

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
        **unsupported: Any,
    ) -> str:
        if unsupported:
            raise TypeError(
                f"json.dumps() does not support {', '.join(sorted(unsupported))} here; "
                "convert the value to dicts, lists, strings and numbers first"
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
        measure(obj, indent_width, len(item_separator), len(key_separator))
        try:
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
            raise _too_deep("value") from None
        ctx.check_str_length(len(text))
        return text

    return ShimModule(
        "json",
        {
            "loads": native("loads", loads),
            "dumps": native("dumps", dumps),
            "JSONDecodeError": json.JSONDecodeError,
        },
    )


def _refuse(value: object) -> Any:
    raise _not_serializable(value)
