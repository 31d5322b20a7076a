"""`repr()` and `str()` of program values: deterministic, and bounded before they grow.

Native `repr` would show memory addresses for objects without their own repr (iterators,
generators), and walks nested containers without limit: `a = [[1] * 1000] * 1000; str([a] * 1000)`
is a few steps of program but gigabytes of text. Containers are rendered here element by element,
checking the running length against `max_string_length`, charging the budget per container, and
marking self-references `[...]` like CPython.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import re
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable
from types import BuiltinFunctionType, CoroutineType, FunctionType, GeneratorType, MethodType
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from ..limits import Limits
from .allowlist import PtcObject, ptc_type_name
from .budget import BIG_INT, SMALL_COPY_CHARS, charge_copy, charge_int_text, charge_scan
from .structure import nesting_error
from .values import (
    ITEMS_VIEW,
    KEYS_VIEW,
    ORDERED_ITEMS_VIEW,
    ORDERED_KEYS_VIEW,
    ORDERED_VALUES_VIEW,
    VALUES_VIEW,
    FrozenOrderedSet,
    OrderedSet,
)

if TYPE_CHECKING:
    from .context import RunContext

_DEFAULT_LIMITS = Limits()
MAX_REPR_DEPTH = 200
"""Nesting depth at which repr gives up outside a run (in a run: `Limits.max_nesting_depth`)."""


_NATIVE_SCALARS: frozenset[type[Any]] = frozenset(
    {int, float, bool, type(None), complex, bytes, range, slice}
)
_OPAQUE_TYPES: frozenset[type[Any]] = frozenset({GeneratorType, CoroutineType, FunctionType, MethodType})
"""Host object types whose reprs show addresses; they are never program values, but never show them."""


class _Writer:
    """Accumulates the text of one repr, enforcing the length limit as it goes."""

    __slots__ = ("active", "ctx", "depth", "length", "limit", "max_depth", "parts")

    def __init__(self, ctx: RunContext | None, limit: int) -> None:
        self.ctx = ctx
        self.limit = limit
        self.parts: list[str] = []
        self.length = 0
        self.depth = 0
        self.max_depth = MAX_REPR_DEPTH if ctx is None else ctx.limits.max_nesting_depth
        self.active: set[int] = set()

    def write(self, text: str) -> None:
        self.length += len(text)
        if self.length > self.limit:
            raise PtcLimitError(
                "max_string_length",
                f"the text of this value exceeds the limit of {self.limit} characters",
            )
        self.parts.append(text)

    def charge(self, elements: int) -> None:
        """Elements rendered one by one here cost about a step each (Python-level work)."""
        if self.ctx is not None:
            self.ctx.charge(elements + 1)

    def write_flat(self, value: Any) -> bool:
        """Render a container of plain scalars with the native repr (deterministic for them, and an
        order of magnitude faster) when its text provably fits the limit; False to render it here."""
        if len(value) < _FLAT_MIN_LENGTH:
            return False
        bound = _flat_bound(value)
        if bound is None or self.length + bound > self.limit:
            return False
        if self.ctx is not None:
            self.ctx.charge(len(value) // _FLAT_ELEMENTS_PER_STEP + 1)
        self.write(repr(value))
        return True

    def text(self) -> str:
        if self.ctx is not None and self.length > SMALL_COPY_CHARS:
            charge_copy(self.ctx, self.length)
        return "".join(self.parts)


def program_repr(value: Any, ctx: RunContext | None = None) -> str:
    """`repr(value)` as the program sees it. With `ctx`, charges steps and uses its string limit."""
    cls: type[Any] = type(value)
    if cls is int:
        if ctx is not None and not -BIG_INT < value < BIG_INT:
            charge_int_text(ctx, value.bit_length())
        return repr(value)
    if cls is str or cls is float or cls is bool or value is None:
        text = repr(value)
        if len(text) > SMALL_COPY_CHARS:
            if ctx is not None:
                charge_scan(ctx, len(text))
            _write_checked(ctx, text)
        return text
    writer = _Writer(ctx, _limit(ctx))
    _write_repr(writer, value)
    return writer.text()


def program_str(value: Any, ctx: RunContext | None = None) -> str:
    """`str(value)` as the program sees it: the str itself, a user `__str__`, or the repr."""
    cls: type[Any] = type(value)
    if cls is str:
        return value
    if cls is int:
        if ctx is not None and not -BIG_INT < value < BIG_INT:
            charge_int_text(ctx, value.bit_length())
        return str(value)
    if cls is float or cls is bool or value is None:
        return str(value)
    if isinstance(value, BaseException):
        return _exception_str(value, ctx)
    if isinstance(value, tuple) and hasattr(cls, "ptc_fields") and cls.__str__ is object.__str__:
        return program_repr(value, ctx)  # a namedtuple without a `__str__` of its own: its repr
    if isinstance(value, PtcObject) or (cls.__str__ is not object.__str__ and cls not in _CONTAINER_WRITERS):
        text = str(value)
        _write_checked(ctx, text)
        return text
    return program_repr(value, ctx)


def _limit(ctx: RunContext | None) -> int:
    return (ctx.limits if ctx is not None else _DEFAULT_LIMITS).max_string_length


def _write_checked(ctx: RunContext | None, text: str) -> None:
    limit = _limit(ctx)
    if len(text) > limit:
        raise PtcLimitError(
            "max_string_length", f"the text of this value exceeds the limit of {limit} characters"
        )


# -- the recursive writer ---------------------------------------------------------------------------


def _too_deep(writer: _Writer) -> BaseException:
    if writer.ctx is None:
        return RecursionError("maximum recursion depth exceeded while getting the repr of an object")
    return nesting_error(writer.ctx, "repr: data nested")


def _write_repr(writer: _Writer, value: Any) -> None:
    cls: type[Any] = type(value)
    if cls is int:
        if writer.ctx is not None and not -BIG_INT < value < BIG_INT:
            charge_int_text(writer.ctx, value.bit_length())
        writer.write(repr(value))
        return
    if cls is str or cls is float or cls is bool or value is None:
        writer.write(repr(value))
        return
    container_writer = _CONTAINER_WRITERS.get(cls)
    if (
        container_writer is None
        and isinstance(value, tuple)
        and hasattr(cls, "ptc_fields")
        and not getattr(cls, "ptc_program_repr", False)
    ):
        # Not cycle-guarded, as in CPython: a cycle through a namedtuple passes a mutable container.
        if writer.depth >= writer.max_depth:
            raise _too_deep(writer)
        writer.depth += 1
        try:
            _write_named_tuple(writer, value)
        finally:
            writer.depth -= 1
        return
    if container_writer is not None:
        key = id(value)
        if key in writer.active:
            writer.write(_SELF_REFERENCE[cls])
            return
        if writer.depth >= writer.max_depth:
            raise _too_deep(writer)
        writer.active.add(key)
        writer.depth += 1
        try:
            container_writer(writer, value)
        finally:
            writer.depth -= 1
            writer.active.discard(key)
        return
    write_nested = getattr(cls, "ptc_write_repr", None)
    if write_nested is not None and write_nested(value, writer, _write_repr):
        return  # an object whose repr shows a value (an enum member's): cycles are the writer's
    writer.write(_other_repr(value, writer.ctx))


def _write_items(writer: _Writer, items: Any) -> None:
    first = True
    for item in items:
        if not first:
            writer.write(", ")
        first = False
        _write_repr(writer, item)


_FLAT_SCALARS: frozenset[type[Any]] = frozenset({int, float, bool, type(None), str})
_FLAT_MIN_LENGTH = 8
_FLAT_ELEMENTS_PER_STEP = 4
"""Measuring then rendering takes three native passes over the elements."""
"""Shorter containers are cheaper to render element by element than to measure first."""


def _flat_bound(value: Any) -> int | None:
    """The exact length of the native repr of a list, tuple or dict holding only plain scalars (keys
    and values), or None if it holds anything else. Runs at C speed: no Python-level loop per
    element, and only one element's repr is alive at a time."""
    is_dict = type(value) is dict
    parts = (value.keys(), value.values()) if is_dict else (value,)
    bound = (4 if is_dict else 2) * len(value) + 3  # ", " and ": " separators, brackets, a 1-tuple's ","
    for part in parts:
        kinds = set(map(type, part))
        if not kinds <= _FLAT_SCALARS:
            return None
        if str in kinds and (len(kinds) > 1 or sum(map(len, part)) > _MAX_FLAT_CHARS):
            return None  # mixed (cannot sum lengths at C speed) or far too long: the writer stops it
        if int in kinds:
            if len(kinds) > 1:
                return None
            largest = max(max(part), -min(part))
            if largest >= BIG_INT:
                return None  # big ints cost extra to convert: the writer charges them one by one
            bound += len(part) * (largest.bit_length() * 31 // 100 + 2)  # digits and a sign, no repr pass
            continue
        bound += sum(map(len, map(repr, part)))
    return bound


_MAX_FLAT_CHARS = 4 * _DEFAULT_LIMITS.max_string_length


def _write_list(writer: _Writer, value: list[Any]) -> None:
    if writer.write_flat(value):
        return
    writer.charge(len(value))
    writer.write("[")
    _write_items(writer, value)
    writer.write("]")


def _write_named_tuple(writer: _Writer, value: Any) -> None:
    """`P(x=1, y=2)` for a `collections.namedtuple` instance, size-checked as it is written (the
    class's own `__repr__` would build the whole text first)."""
    writer.charge(len(value))
    writer.write(f"{type(value).ptc_name}(")
    for index, (field, item) in enumerate(zip(type(value).ptc_fields, value, strict=True)):
        writer.write(f", {field}=" if index else f"{field}=")
        _write_repr(writer, item)
    writer.write(")")


def _write_tuple(writer: _Writer, value: tuple[Any, ...]) -> None:
    if writer.write_flat(value):
        return
    writer.charge(len(value))
    writer.write("(")
    _write_items(writer, value)
    writer.write(",)" if len(value) == 1 else ")")


def _write_dict(writer: _Writer, value: dict[Any, Any]) -> None:
    if type(value) is dict and writer.write_flat(value):
        return
    writer.charge(len(value))
    writer.write("{")
    # CPython walks its entry table by position while an element's `__repr__` may change the dict:
    # a key added is appended (and shown), a key removed leaves a hole (skipped), the others keep
    # their places. The walk here follows a copy of that table, brought up to date (and charged
    # again) whenever the dict's size changed under it.
    entries = list(value.items())
    size = len(value)
    live: dict[int, Any] | None = None
    """id(key) -> its value, once the dict has changed (identity: no program `__eq__` runs)."""
    first = True
    for key, item in entries:  # a list's iterator goes on into items appended meanwhile
        if live is not None:
            if id(key) not in live:
                continue
            item = live[id(key)]
        if not first:
            writer.write(", ")
        first = False
        _write_repr(writer, key)
        writer.write(": ")
        _write_repr(writer, item)
        if len(value) != size:
            size = len(value)
            writer.charge(size + len(entries))
            live = {id(k): v for k, v in value.items()}
            known = {id(k) for k, _ in entries}
            entries.extend((k, v) for k, v in value.items() if id(k) not in known)
    writer.write("}")


def _write_set(writer: _Writer, value: OrderedSet) -> None:
    writer.charge(len(value))
    if not value:
        writer.write("set()")
        return
    writer.write("{")
    _write_items(writer, list(value))  # a snapshot, as CPython's: an element's __repr__ may change the set
    writer.write("}")


def _write_frozenset(writer: _Writer, value: FrozenOrderedSet) -> None:
    writer.charge(len(value))
    if not value:
        writer.write("frozenset()")
        return
    writer.write("frozenset({")
    _write_items(writer, value)
    writer.write("})")


def _view_writer(name: str) -> Callable[[_Writer, Any], None]:
    def write_view(writer: _Writer, value: Any) -> None:
        writer.charge(len(value))
        writer.write(f"{name}([")
        _write_items(writer, value)
        writer.write("])")

    return write_view


def _write_counter(writer: _Writer, value: Counter[Any]) -> None:
    if not value:
        writer.write("Counter()")
        return
    writer.charge(len(value) * max(len(value).bit_length(), 1))
    try:
        ordered = dict(value.most_common())  # CPython shows counts in most_common order
    except TypeError:
        ordered = dict(value)
    writer.write("Counter(")
    _write_dict(writer, ordered)
    writer.write(")")


def _write_ordered_dict(writer: _Writer, value: OrderedDict[Any, Any]) -> None:
    if not value:
        writer.write("OrderedDict()")
        return
    writer.charge(len(value))
    writer.write("OrderedDict([")
    first = True
    for key, item in value.items():
        if not first:
            writer.write(", ")
        first = False
        writer.write("(")
        _write_repr(writer, key)
        writer.write(", ")
        _write_repr(writer, item)
        writer.write(")")
    writer.write("])")


def _write_defaultdict(writer: _Writer, value: defaultdict[Any, Any]) -> None:
    writer.write("defaultdict(")
    _write_repr(writer, value.default_factory)
    writer.write(", ")
    _write_dict(writer, value)
    writer.write(")")


def _write_deque(writer: _Writer, value: deque[Any]) -> None:
    writer.charge(len(value))
    writer.write("deque([")
    _write_items(writer, list(value))  # a snapshot, as CPython's: an element's __repr__ may pop
    writer.write("]" if value.maxlen is None else f"], maxlen={value.maxlen}")
    writer.write(")")


_CONTAINER_WRITERS: dict[type[Any], Callable[[_Writer, Any], None]] = {
    list: _write_list,
    tuple: _write_tuple,
    dict: _write_dict,
    OrderedSet: _write_set,
    FrozenOrderedSet: _write_frozenset,
    KEYS_VIEW: _view_writer("dict_keys"),
    VALUES_VIEW: _view_writer("dict_values"),
    ITEMS_VIEW: _view_writer("dict_items"),
    ORDERED_KEYS_VIEW: _view_writer("odict_keys"),
    ORDERED_VALUES_VIEW: _view_writer("odict_values"),
    ORDERED_ITEMS_VIEW: _view_writer("odict_items"),
    Counter: _write_counter,
    OrderedDict: _write_ordered_dict,
    defaultdict: _write_defaultdict,
    deque: _write_deque,
}
_SELF_REFERENCE: dict[type[Any], str] = {
    list: "[...]",
    tuple: "(...)",
    dict: "{...}",
    OrderedSet: "{...}",
    FrozenOrderedSet: "frozenset(...)",
    KEYS_VIEW: "...",
    VALUES_VIEW: "...",
    ITEMS_VIEW: "...",
    ORDERED_KEYS_VIEW: "...",
    ORDERED_VALUES_VIEW: "...",
    ORDERED_ITEMS_VIEW: "...",
    Counter: "...",
    OrderedDict: "...",
    defaultdict: "...",
    deque: "[...]",
}


def _other_repr(value: Any, ctx: RunContext | None) -> str:
    """Anything that is not plain data: exceptions, classes, interpreter objects, shim values."""
    cls: type[Any] = type(value)
    if isinstance(value, BaseException):
        return _exception_repr(value, ctx)
    if isinstance(value, PtcObject) or cls in _NATIVE_SCALARS:
        text = repr(value)
    elif isinstance(value, type):
        text = _class_repr(value)
    elif cls is BuiltinFunctionType:
        # Host builtins the program holds (`len`, `abs`); bound C methods would show an address.
        text = f"<built-in function {value.__name__}>"
    elif cls in _OPAQUE_TYPES or cls.__repr__ is object.__repr__:
        text = f"<{ptc_type_name(value)} object>"
    else:
        # Value types from module shims (datetime, deque, Counter…) have deterministic reprs.
        text = repr(value)
    text = native_text_for_programs(text)  # an interpreter object's repr that shows a value natively
    _write_checked(ctx, text)
    return text


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+(?=>)")
"""The address in CPython's default reprs (`<list_iterator object at 0x7f…>`); a program's own
"bad byte at 0x1f" has no `>` after it and is left alone."""
_CLASS_PATH = re.compile(r"<class '(?!__main__\.)(\w+)\.[\w.]*?(\w+)'>")
"""A host class's repr with its module path (`<class 'json.decoder.JSONDecodeError'>`); a program's
own classes (`<class '__main__.Outer.Inner'>`) are shown as CPython shows them."""


def native_text_for_programs(text: str) -> str:
    """Text CPython rendered natively, as a program may read it: the memory addresses of default
    reprs taken out (`<list_iterator object at 0x7f…>` reads `<list_iterator object>`, as `repr`
    shows such an object to programs) and a class shown by the module the program imports it from
    (`<class 'json.JSONDecodeError'>`). Neither tells the program about the host, and an address
    differs between processes."""
    if " at 0x" in text:
        text = _ADDRESS.sub("", text)
    if "<class '" in text:
        text = _CLASS_PATH.sub(r"<class '\1.\2'>", text)
    return text


def program_args(error: BaseException, ctx: RunContext | None = None) -> tuple[Any, ...]:
    """`e.args` as the program sees it. CPython builds some messages with the native repr of the
    offending object (`[1].index(reversed([]))`: "<list_reverseiterator object at 0x…> is not in
    list"); such a message is rewritten (`native_text_for_programs`), in place, so that `e.args`,
    `str(e)` and `repr(e)` agree."""
    args = error.args
    chars = sum(len(arg) for arg in args if type(arg) is str)
    long_text = chars > SMALL_COPY_CHARS
    if long_text:  # the scan reads every character: once per args tuple, charged where a run is known
        state = error.__dict__
        if state.get(_SCANNED_ARGS) is args:
            return args
        if ctx is not None:
            charge_scan(ctx, chars)
    if any(type(arg) is str and (" at 0x" in arg or "<class '" in arg) for arg in args):
        error.args = args = tuple(native_text_for_programs(arg) if type(arg) is str else arg for arg in args)
    if long_text:
        error.__dict__[_SCANNED_ARGS] = args
    return args


_SCANNED_ARGS = "_ptc_scanned_args"
"""Where `program_args` records the long args tuple it has already scanned (no program name starts
with `_`): `e.args` of an exception holding a million-character message, read in a loop, scanned it
on every read (a timed-out bomb)."""


def _class_repr(cls: type[Any]) -> str:
    """A host class a program holds (an exception class), named as the program imports it:
    `<class 'ValueError'>`, `<class 'json.JSONDecodeError'>` (not its host module `json.decoder`),
    `<class 'ToolError'>` (not `ptc_interpreter.…`)."""
    module = cls.__module__
    if module == "builtins" or module.startswith("ptc_interpreter."):
        return f"<class {cls.__name__!r}>"
    return f"<class '{module.partition('.')[0]}.{cls.__qualname__}'>"


def _exception_repr(error: BaseException, ctx: RunContext | None) -> str:
    cls: type[Any] = type(error)
    if cls.__repr__ is not BaseException.__repr__:
        return native_text_for_programs(repr(error))
    args = program_args(error, ctx)
    inner = ", ".join(program_repr(arg, ctx) for arg in args)
    return f"{cls.__name__}({inner})"


def _exception_str(error: BaseException, ctx: RunContext | None) -> str:
    cls: type[Any] = type(error)
    if cls.__str__ is not BaseException.__str__ and cls.__str__ is not KeyError.__str__:
        return native_text_for_programs(str(error))  # a native `__str__` (ImportError's msg, OSError's)
    args = program_args(error, ctx)
    if not args:
        return ""
    if len(args) == 1:
        if isinstance(error, KeyError):
            return program_repr(args[0], ctx)
        return program_str(args[0], ctx)
    return program_repr(args, ctx)
