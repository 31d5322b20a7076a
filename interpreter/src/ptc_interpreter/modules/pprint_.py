"""The program's `pprint` module: CPython 3.11's pprint, pformat, pp, saferepr, isreadable,
isrecursive and PrettyPrinter, laying out the same text, rendered in program space and bounded.

CPython's printer asks for the one-line repr of every container it lays out, then, when that is too
wide, lays out the container's items the same way: each level of nesting renders everything below it
again, and data shared many times (a DAG) is rendered once per reference. This port keeps that
algorithm (its output depends on it) and pays for it: every element rendered costs a few steps, long
texts cost their size, each text is checked against `max_string_length` before it is joined, and
nesting deeper than `Limits.max_nesting_depth` is refused before the host stack is at risk.

Values that are not plain data are rendered as the program sees them (`runtime.reprs`): a program
`__repr__` runs as program code, sets show in the run's insertion order (in the one-line form; the
laid-out form sorts them, as CPython does), and a structure that contains itself reads
`<Recursion on list with id=N>`, with the run's `id()` number instead of an address.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import re
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import SMALL_COPY_CHARS, charge_copy, charge_int_text, charge_scan, charge_sort
from ..runtime.native import NativeFunction
from ..runtime.objects import ProgramClassMeta
from ..runtime.registry import SIZE_CHECKED, Method
from ..runtime.reprs import program_repr
from ..runtime.structure import nesting_error
from ..runtime.values import FrozenOrderedSet, OrderedSet
from .collections_ import NamedTupleBase
from .dataclasses_ import generated_repr_fields
from .io_ import StringIO
from .support import NativeClass
from .types_ import SimpleNamespace

if TYPE_CHECKING:
    from ..runtime.context import RunContext

ITEM_STEPS = 4
"""Steps per item laid out or rendered: each is a few Python calls (a recursive render, a repr, the
joins), several times a program statement's work."""
_SCALARS: frozenset[type[Any]] = frozenset({str, bytes, float, complex, bool, type(None)})
_WORDS = re.compile(r"\S*\s*")
_SET_NAMES = {OrderedSet: "set", FrozenOrderedSet: "frozenset"}


class _Output:
    """The laid-out text, checked against the string limit as it grows."""

    __slots__ = ("ctx", "length", "parts")

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self.parts: list[str] = []
        self.length = 0

    def write(self, text: str) -> None:
        self.length += len(text)
        if self.length > self.ctx.limits.max_string_length:
            raise PtcLimitError(
                "max_string_length",
                f"pprint's text exceeds the limit of {self.ctx.limits.max_string_length} characters",
            )
        if len(text) > SMALL_COPY_CHARS:
            charge_copy(self.ctx, len(text))
        self.parts.append(text)

    def text(self) -> str:
        return "".join(self.parts)


class _SafeKey:
    """CPython's `_safe_key`: orders values that cannot be ordered by their type's text, then by
    their `id()` (the run's number, so the order is the same in every process)."""

    __slots__ = ("ctx", "value")

    def __init__(self, ctx: RunContext, value: Any) -> None:
        self.ctx = ctx
        self.value = value

    def __lt__(self, other: _SafeKey) -> bool:
        try:
            return self.value < other.value
        except TypeError:
            ctx = self.ctx
            mine = (_type_text(self.value), ctx.program_id(self.value))
            theirs = (_type_text(other.value), ctx.program_id(other.value))
            return mine < theirs


def _type_text(value: Any) -> str:
    """`str(type(value))` as CPython shows it (the order `_SafeKey` falls back on for keys that cannot
    be compared: "<class '__main__.P'>" sorts before "<class 'int'>")."""
    cls = type(value)
    if cls in _SET_NAMES:
        return f"<class '{_SET_NAMES[cls]}'>"
    if isinstance(cls, ProgramClassMeta):
        return f"<class '__main__.{cls.__qualname__}'>"
    module = cls.__module__
    if issubclass(cls, NamedTupleBase):  # made by the program's namedtuple(), or a shim's own
        shim = module.rpartition(".")[2]
        module = "__main__" if shim == "collections_" else _SHIM_MODULES.get(shim, shim.rstrip("_"))
        return f"<class '{module}.{ptc_type_name(value)}'>"
    if module == "builtins" or module.startswith("ptc_interpreter."):
        return f"<class '{ptc_type_name(value)}'>"
    return f"<class '{module}.{cls.__qualname__}'>"


_SHIM_MODULES = {"urllib_parse": "urllib.parse"}


def _recursion(ctx: RunContext, value: Any) -> str:
    return f"<Recursion on {ptc_type_name(value)} with id={ctx.program_id(value)}>"


class _Printer:
    """One `PrettyPrinter`'s settings and CPython's layout methods."""

    __slots__ = ("compact", "ctx", "depth", "indent_per_level", "sort_dicts", "underscore_numbers", "width")

    def __init__(
        self,
        ctx: RunContext,
        indent: object,
        width: object,
        depth: object,
        compact: object,
        sort_dicts: object,
        underscore_numbers: object,
    ) -> None:
        self.ctx = ctx
        self.indent_per_level = _as_int(indent)
        self.width = _as_int(width)
        if self.indent_per_level < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:  # pyright: ignore[reportOperatorIssue]
            raise ValueError("depth must be > 0")
        if not self.width:
            raise ValueError("width must be != 0")
        self.depth = depth
        self.compact = bool(compact)
        self.sort_dicts = sort_dicts
        self.underscore_numbers = underscore_numbers

    # -- entry points ------------------------------------------------------------------------------

    def layout(self, value: Any, out: _Output) -> None:
        try:
            self._format(value, out, 0, 0, {}, 0)
        except RecursionError:  # the host stack ran out before the depth limit did
            raise nesting_error(self.ctx, "pprint: data nested") from None

    def safe_repr(self, value: Any) -> tuple[str, bool, bool]:
        try:
            return self._safe_repr(value, {}, None, 0)
        except RecursionError:
            raise nesting_error(self.ctx, "pprint: data nested") from None

    def format(self, value: Any, context: Any, maxlevels: Any, level: Any) -> tuple[str, bool, bool]:
        if not isinstance(context, dict):
            raise TypeError("PrettyPrinter.format() context must be a dict")
        try:
            return self._safe_repr(value, {}, maxlevels, _as_int(level))
        except RecursionError:
            raise nesting_error(self.ctx, "pprint: data nested") from None

    # -- layout ------------------------------------------------------------------------------------

    def _format(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        key = id(value)
        if key in context:
            out.write(_recursion(self.ctx, value))
            return
        rep = self._repr(value, context, level)
        max_width = self.width - indent - allowance
        if len(rep) > max_width:
            layout = _LAYOUTS.get(type(value).__repr__)
            if layout is not None:
                if level >= self.ctx.limits.max_nesting_depth:
                    raise nesting_error(self.ctx, "pprint: data nested")
                context[key] = 1
                layout(self, value, out, indent, allowance, context, level + 1)
                del context[key]
                return
            fields = generated_repr_fields(value)
            if fields is not None and not isinstance(value, type):
                if level >= self.ctx.limits.max_nesting_depth:
                    raise nesting_error(self.ctx, "pprint: data nested")
                context[key] = 1
                self.layout_dataclass(value, fields, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.write(rep)

    def layout_dataclass(
        self,
        value: Any,
        fields: tuple[str, ...],
        out: _Output,
        indent: int,
        allowance: int,
        context: dict[int, int],
        level: int,
    ) -> None:
        name = type(value).__name__
        attributes = value.__dict__
        items = [(field, attributes.get(field)) for field in fields]
        out.write(name + "(")
        self._format_namespace_items(items, out, indent + len(name) + 1, allowance, context, level)
        out.write(")")

    def layout_dict(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        out.write("{")
        if self.indent_per_level > 1:
            out.write(self.spaces(self.indent_per_level - 1))
        if len(value):
            items = self._sorted_items(value) if self.sort_dicts else list(value.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.write("}")

    def layout_ordered_dict(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        if not len(value):
            out.write(program_repr(value, self.ctx))
            return
        name = type(value).__name__
        out.write(name + "(")
        self.ctx.charge(len(value) + 1)
        self._format(list(value.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.write(")")

    def layout_list(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        out.write("[")
        self._format_items(value, out, indent, allowance + 1, context, level)
        out.write("]")

    def layout_tuple(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        out.write("(")
        end = ",)" if len(value) == 1 else ")"
        self._format_items(value, out, indent, allowance + len(end), context, level)
        out.write(end)

    def layout_set(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        if not len(value):
            out.write(program_repr(value, self.ctx))
            return
        if type(value) is OrderedSet:
            out.write("{")
            end = "}"
        else:
            out.write("frozenset({")
            end = "})"
            indent += len("frozenset") + 1
        items = list(value)
        self._charge_key_sort(items)
        items.sort(key=lambda item: _SafeKey(self.ctx, item))
        self._format_items(items, out, indent, allowance + len(end), context, level)
        out.write(end)

    def layout_str(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        if not len(value):
            out.write(repr(value))
            return
        ctx = self.ctx
        charge_scan(ctx, len(value) * 4)  # split into lines, each repr'd, then into words
        chunks: list[str] = []
        lines = value.splitlines(True)
        ctx.charge(len(lines) + 1)  # a repr and a chunk per line, before the loop
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self.width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _WORDS.findall(line)
            parts.pop()
            ctx.charge(len(parts) + 1)  # a candidate and its repr per word, before the loop
            max_width2 = max_width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if len(candidate) > SMALL_COPY_CHARS:
                    charge_copy(ctx, len(candidate) * 2)  # built, then repr'd: quadratic on a wide layout
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.write(rep)
            return
        if level == 1:
            out.write("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                out.write("\n" + self.spaces(indent))
            out.write(chunk)
        if level == 1:
            out.write(")")

    def layout_bytes(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        if len(value) <= 4:
            out.write(repr(value))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            out.write("(")
        delim = ""
        for rep in self._wrap_bytes_repr(value, self.width - indent, allowance):
            out.write(delim)
            out.write(rep)
            if not delim:
                delim = "\n" + self.spaces(indent)
        if parens:
            out.write(")")

    def _wrap_bytes_repr(self, value: bytes, width: int, allowance: int) -> Iterator[str]:
        current = b""
        last = len(value) // 4 * 4
        for i in range(0, len(value), 4):
            part = value[i : i + 4]
            candidate = current + part
            self.ctx.charge(len(candidate) // 32 + 1)
            if i == last:
                width -= allowance
            if len(repr(candidate)) > width:
                if current:
                    yield repr(current)
                current = part
            else:
                current = candidate
        if current:
            yield repr(current)

    def layout_namespace(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        out.write("namespace(")
        items = list(value.attributes.items())
        self._format_namespace_items(items, out, indent + len("namespace") + 1, allowance, context, level)
        out.write(")")

    def layout_default_dict(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        if not len(value):
            out.write(program_repr(value, self.ctx))
            return
        factory = self._repr(value.default_factory, context, level)
        name = type(value).__name__
        indent += len(name) + 1
        out.write(f"{name}({factory},\n{self.spaces(indent)}")
        self.layout_dict(value, out, indent, allowance + 1, context, level)
        out.write(")")

    def layout_counter(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        if not len(value):
            out.write(program_repr(value, self.ctx))
            return
        name = type(value).__name__
        out.write(name + "({")
        if self.indent_per_level > 1:
            out.write(self.spaces(self.indent_per_level - 1))
        charge_sort(self.ctx, len(value), list(value.values()))
        items = value.most_common()
        self._format_dict_items(items, out, indent + len(name) + 1, allowance + 2, context, level)
        out.write("})")

    def layout_deque(
        self, value: Any, out: _Output, indent: int, allowance: int, context: dict[int, int], level: int
    ) -> None:
        if not len(value):
            out.write(program_repr(value, self.ctx))
            return
        name = type(value).__name__
        out.write(name + "(")
        indent += len(name) + 1
        out.write("[")
        if value.maxlen is None:
            self._format_items(value, out, indent, allowance + 2, context, level)
            out.write("])")
        else:
            self._format_items(value, out, indent, 2, context, level)
            maxlen = self._repr(value.maxlen, context, level)
            out.write(f"],\n{self.spaces(indent)}maxlen={maxlen})")

    def _format_dict_items(
        self,
        items: list[tuple[Any, Any]],
        out: _Output,
        indent: int,
        allowance: int,
        context: dict[int, int],
        level: int,
    ) -> None:
        indent += self.indent_per_level
        delimnl = ",\n" + self.spaces(indent)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            self.ctx.charge(ITEM_STEPS)
            last = i == last_index
            rep = self._repr(key, context, level)
            out.write(rep)
            out.write(": ")
            self._format(value, out, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                out.write(delimnl)

    def _format_namespace_items(
        self,
        items: list[tuple[str, Any]],
        out: _Output,
        indent: int,
        allowance: int,
        context: dict[int, int],
        level: int,
    ) -> None:
        delimnl = ",\n" + self.spaces(indent)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            self.ctx.charge(ITEM_STEPS)
            last = i == last_index
            out.write(key)
            out.write("=")
            if id(value) in context:
                out.write("...")
            else:
                self._format(value, out, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                out.write(delimnl)

    def _format_items(
        self,
        items: Iterable[Any],
        out: _Output,
        indent: int,
        allowance: int,
        context: dict[int, int],
        level: int,
    ) -> None:
        indent += self.indent_per_level
        if self.indent_per_level > 1:
            out.write(self.spaces(self.indent_per_level - 1))
        delimnl = ",\n" + self.spaces(indent)
        delim = ""
        width = max_width = self.width - indent + 1
        iterator = iter(items)
        try:
            next_item = next(iterator)
        except StopIteration:
            return
        last = False
        while not last:
            self.ctx.charge(ITEM_STEPS)
            item = next_item
            try:
                next_item = next(iterator)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self.compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= needed:
                    width -= needed
                    out.write(delim)
                    delim = ", "
                    out.write(rep)
                    continue
            out.write(delim)
            delim = delimnl
            self._format(item, out, indent, allowance if last else 1, context, level)

    def spaces(self, count: int) -> str:
        """An indent, checked before it is built: `indent=2**40` would ask for a terabyte of spaces."""
        self.ctx.check_str_length(count)
        if count > SMALL_COPY_CHARS:
            charge_copy(self.ctx, count)
        return " " * count

    def _repr(self, value: Any, context: dict[int, int], level: int) -> str:
        self.ctx.charge(len(context) // 16 + 2)
        return self._safe_repr(value, dict(context), self.depth, level)[0]

    # -- one-line reprs ----------------------------------------------------------------------------

    def _charge_key_sort(self, keys: list[Any]) -> None:
        """Sorting through `_SafeKey` makes a Python call per comparison: about a step each."""
        charge_sort(self.ctx, len(keys), keys)  # and what comparing nested keys costs
        self.ctx.charge(len(keys) * max(len(keys).bit_length(), 1) // 2)

    def _sorted_items(self, mapping: Any) -> list[tuple[Any, Any]]:
        items = list(mapping.items())
        self._charge_key_sort(list(mapping))
        ctx = self.ctx
        items.sort(key=lambda item: _SafeKey(ctx, item[0]))
        return items

    def _safe_repr(
        self, value: Any, context: dict[int, int], maxlevels: Any, level: int
    ) -> tuple[str, bool, bool]:
        ctx = self.ctx
        cls = type(value)
        if cls in _SCALARS or (cls is int and not self.underscore_numbers):
            return program_repr(value, ctx), True, False
        method = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and method is int.__repr__:
            if self.underscore_numbers:
                if value.bit_length() > 512:
                    charge_int_text(ctx, value.bit_length())
                return f"{value:_d}", True, False
            return program_repr(value, ctx), True, False
        if issubclass(cls, dict) and method is dict.__repr__:
            if not value:
                return "{}", True, False
            key = id(value)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(ctx, value), False, True
            if level >= ctx.limits.max_nesting_depth:
                raise nesting_error(ctx, "pprint: data nested")
            context[key] = 1
            readable, recursive = True, False
            components: list[str] = []
            level += 1
            ctx.charge(ITEM_STEPS * len(value) + 1)
            items = self._sorted_items(value) if self.sort_dicts else list(value.items())
            total = 0
            for k, v in items:
                krepr, kreadable, krecur = self._safe_repr(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self._safe_repr(v, context, maxlevels, level)
                total = self._within_limit(total, len(krepr) + len(vrepr) + 4)
                components.append(f"{krepr}: {vrepr}")
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[key]
            return "{" + ", ".join(components) + "}", readable, recursive
        if (issubclass(cls, list) and method is list.__repr__) or (
            issubclass(cls, tuple) and method is tuple.__repr__
        ):
            if issubclass(cls, list):
                if not value:
                    return "[]", True, False
                opening, closing = "[", "]"
            elif len(value) == 1:
                opening, closing = "(", ",)"
            else:
                if not value:
                    return "()", True, False
                opening, closing = "(", ")"
            key = id(value)
            if maxlevels and level >= maxlevels:
                return opening + "..." + closing, False, key in context
            if key in context:
                return _recursion(ctx, value), False, True
            if level >= ctx.limits.max_nesting_depth:
                raise nesting_error(ctx, "pprint: data nested")
            context[key] = 1
            readable, recursive = True, False
            components = []
            level += 1
            ctx.charge(ITEM_STEPS * len(value) + 1)
            total = 0
            for item in value:
                irepr, ireadable, irecur = self._safe_repr(item, context, maxlevels, level)
                total = self._within_limit(total, len(irepr) + 2)
                components.append(irepr)
                if not ireadable:
                    readable = False
                if irecur:
                    recursive = True
            del context[key]
            return opening + ", ".join(components) + closing, readable, recursive
        rep = program_repr(value, ctx)
        return rep, bool(rep) and not rep.startswith("<"), False

    def _within_limit(self, total: int, more: int) -> int:
        total += more
        if total > SMALL_COPY_CHARS:
            charge_copy(self.ctx, more)
        limit = self.ctx.limits.max_string_length
        if total > limit:
            raise PtcLimitError("max_string_length", f"pprint's text exceeds the limit of {limit} characters")
        return total


_Layout = Callable[[_Printer, Any, _Output, int, int, dict[int, int], int], None]
_LAYOUTS: dict[Any, _Layout] = {
    dict.__repr__: _Printer.layout_dict,
    OrderedDict.__repr__: _Printer.layout_ordered_dict,
    list.__repr__: _Printer.layout_list,
    tuple.__repr__: _Printer.layout_tuple,
    OrderedSet.__repr__: _Printer.layout_set,
    FrozenOrderedSet.__repr__: _Printer.layout_set,
    str.__repr__: _Printer.layout_str,
    bytes.__repr__: _Printer.layout_bytes,
    SimpleNamespace.__repr__: _Printer.layout_namespace,
    defaultdict.__repr__: _Printer.layout_default_dict,
    Counter.__repr__: _Printer.layout_counter,
    deque.__repr__: _Printer.layout_deque,
}
"""CPython's `_dispatch`: how each kind of container is laid out when its repr is too wide, found
by its type's `__repr__` (so a subclass with its own `__repr__` prints that)."""


def _as_int(value: object) -> int:
    if isinstance(value, int | float | str):
        return int(value)
    raise TypeError(
        f"int() argument must be a string, a bytes-like object or a real number, not {ptc_type_name(value)!r}"
    )


def _sink(ctx: RunContext, stream: object) -> Callable[[str], Any]:
    if stream is None:
        return ctx.write_stdout
    if isinstance(stream, StringIO):
        return stream.write
    raise TypeError(
        f"pprint can write to the printed output or an io.StringIO, not to a {ptc_type_name(stream)!r} object"
    )


class PrettyPrinter(PtcObject):
    """`pprint.PrettyPrinter(indent=1, width=80, depth=None, stream=None, *, compact=False,
    sort_dicts=True, underscore_numbers=False)`."""

    __slots__ = ("printer", "stream")
    ptc_name = "PrettyPrinter"

    def __init__(self, printer: _Printer, stream: object) -> None:
        self.printer = printer
        self.stream = stream

    def pprint(self, value: object) -> None:
        sink = _sink(self.printer.ctx, self.stream)
        out = _Output(self.printer.ctx)
        try:
            self.printer.layout(value, out)
        finally:  # CPython writes piece by piece: a failing __repr__ leaves what came before it
            text = out.text()
            if text:
                sink(text)
        sink("\n")

    def pformat(self, value: object) -> str:
        out = _Output(self.printer.ctx)
        self.printer.layout(value, out)
        return out.text()

    def isrecursive(self, value: object) -> bool:
        return self.printer.safe_repr(value)[2]

    def isreadable(self, value: object) -> bool:
        _, readable, recursive = self.printer.safe_repr(value)
        return readable and not recursive

    def format(
        self, value: object, context: object, maxlevels: object, level: object
    ) -> tuple[str, bool, bool]:
        return self.printer.format(value, context, maxlevels, level)

    def __repr__(self) -> str:
        return "<pprint.PrettyPrinter object>"


PrettyPrinter.ptc_table = {
    "pprint": Method(PrettyPrinter.pprint, SIZE_CHECKED),
    "pformat": Method(PrettyPrinter.pformat, SIZE_CHECKED),
    "isrecursive": Method(PrettyPrinter.isrecursive, SIZE_CHECKED),
    "isreadable": Method(PrettyPrinter.isreadable, SIZE_CHECKED),
    "format": Method(PrettyPrinter.format, SIZE_CHECKED),
}


def make_module(ctx: RunContext) -> ShimModule:
    def new_printer(
        indent: object = 1,
        width: object = 80,
        depth: object = None,
        stream: object = None,
        *,
        compact: object = False,
        sort_dicts: object = True,
        underscore_numbers: object = False,
    ) -> PrettyPrinter:
        _sink(ctx, stream)
        printer = _Printer(ctx, indent, width, depth, compact, sort_dicts, underscore_numbers)
        return PrettyPrinter(printer, stream)

    def pprint(  # CPython's parameter names (`object=` a keyword)
        object: object,
        stream: object = None,
        indent: object = 1,
        width: object = 80,
        depth: object = None,
        *,
        compact: object = False,
        sort_dicts: object = True,
        underscore_numbers: object = False,
    ) -> None:
        printer = new_printer(
            indent,
            width,
            depth,
            stream,
            compact=compact,
            sort_dicts=sort_dicts,
            underscore_numbers=underscore_numbers,
        )
        printer.pprint(object)

    def pformat(
        object: object,
        indent: object = 1,
        width: object = 80,
        depth: object = None,
        *,
        compact: object = False,
        sort_dicts: object = True,
        underscore_numbers: object = False,
    ) -> str:
        printer = new_printer(
            indent,
            width,
            depth,
            compact=compact,
            sort_dicts=sort_dicts,
            underscore_numbers=underscore_numbers,
        )
        return printer.pformat(object)

    def pp(object: object, *args: Any, sort_dicts: object = False, **kwargs: Any) -> None:
        pprint(object, *args, sort_dicts=sort_dicts, **kwargs)

    def default_printer() -> _Printer:
        return _Printer(ctx, 1, 80, None, False, True, False)

    def saferepr(object: object) -> str:
        return default_printer().safe_repr(object)[0]

    def isreadable(object: object) -> bool:
        return default_printer().safe_repr(object)[1]

    def isrecursive(object: object) -> bool:
        return default_printer().safe_repr(object)[2]

    return ShimModule(
        "pprint",
        {
            "pprint": NativeFunction("pprint", pprint),
            "pformat": NativeFunction("pformat", pformat),
            "pp": NativeFunction("pp", pp),
            "saferepr": NativeFunction("saferepr", saferepr),
            "isreadable": NativeFunction("isreadable", isreadable),
            "isrecursive": NativeFunction("isrecursive", isrecursive),
            "PrettyPrinter": NativeClass("pprint.PrettyPrinter", PrettyPrinter, new_printer),
        },
    )
