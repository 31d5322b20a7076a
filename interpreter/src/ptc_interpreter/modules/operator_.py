"""The program's `operator` module: the program's own operators as functions.

CPython's `operator.mul` would repeat a string natively past every size limit, and `attrgetter` /
`methodcaller` would walk attributes outside the allowlist; here the arithmetic and comparison
functions are `runtime.operators` (with their size pre-checks) and attribute access goes through
`runtime.attr`, exactly as `a * b` or `obj.name` written in the program would.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..runtime import attr, operators
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import SMALL_COPY_CHARS, charge_copy, charge_elements, charge_key, costly_key
from ..runtime.indexing import operator_index, sequence_key
from ..runtime.objects import ProgramInstance
from ..runtime.registry import check_attribute_name
from ..runtime.reprs import program_repr
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_BINARY = {
    "add": operators.add,
    "sub": operators.sub,
    "mul": operators.mul,
    "truediv": operators.truediv,
    "floordiv": operators.floordiv,
    "mod": operators.mod,
    "pow": operators.power,
    "lshift": operators.lshift,
    "rshift": operators.rshift,
    "and_": operators.bitand,
    "or_": operators.bitor,
    "xor": operators.bitxor,
    "eq": operators.eq,
    "ne": operators.ne,
    "lt": operators.lt,
    "le": operators.le,
    "gt": operators.gt,
    "ge": operators.ge,
    "is_": operators.is_,
    "is_not": operators.is_not,
}
_UNARY = {
    "neg": operators.negative,
    "pos": operators.positive,
    "invert": operators.invert,
    "inv": operators.invert,
    "not_": operators.logical_not,
}


FREE_PARTS = 8
"""Items or attribute names an itemgetter/attrgetter call handles within the step of the call that
invokes it; a getter with more is charged for each of them on every call."""


class ItemGetter(PtcObject):
    """`operator.itemgetter(*items)`: `obj[item]`, or a tuple of them."""

    __slots__ = ("ctx", "items", "slices")
    ptc_name = "operator.itemgetter"

    def __init__(self, ctx: RunContext, *items: Any) -> None:
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self.ctx = ctx
        self.items = items
        self.slices = any(type(item) is slice for item in items)

    def __call__(self, obj: Any) -> Any:
        items = self.items
        for item in items:  # hashed on every call when `obj` is a mapping (`charge_key`)
            if costly_key(self.ctx, item):
                charge_key(self.ctx, item)
                items = tuple(sequence_key(obj, item) for item in self.items)
        if len(items) > FREE_PARTS:  # a fresh tuple of them all, on every call
            charge_elements(self.ctx, len(items))
        if self.slices:
            return (
                _item(self.ctx, obj, items[0])
                if len(items) == 1
                else tuple(_item(self.ctx, obj, item) for item in items)
            )
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[item] for item in items)

    def __repr__(self) -> str:
        return f"operator.itemgetter({', '.join(map(program_repr, self.items))})"


class AttrGetter(PtcObject):
    """`operator.attrgetter(*names)`: allowlisted attribute access, dotted names included."""

    __slots__ = ("chars", "ctx", "parts", "paths")
    ptc_name = "operator.attrgetter"

    def __init__(self, ctx: RunContext, *names: str) -> None:
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]
                raise TypeError("attribute name must be a string")
        self.parts = len(names) + sum(name.count(".") for name in names)
        """Attribute lookups one call makes: each part is checked here and looked up on every call
        (`attrgetter("a." * 500_000 + "a")` is half a million of them), so each costs a step."""
        ctx.charge(self.parts)
        for name in names:
            for part in name.split("."):
                check_attribute_name(part)
        self.ctx = ctx
        self.paths = tuple(tuple(name.split(".")) for name in names)
        self.chars = sum(map(len, names))

    def resolve(self, obj: Any, path: tuple[str, ...]) -> Any:
        for part in path:
            obj = attr.get_attribute(self.ctx, obj, part)
        return obj

    def __call__(self, obj: Any) -> Any:
        if self.parts > FREE_PARTS:
            self.ctx.charge(self.parts)
        charge_long_names(self.ctx, self.chars)
        if len(self.paths) == 1:
            return self.resolve(obj, self.paths[0])
        return tuple(self.resolve(obj, path) for path in self.paths)

    def __repr__(self) -> str:
        return f"operator.attrgetter({', '.join(repr('.'.join(path)) for path in self.paths)})"


class MethodCaller(PtcObject):
    """`operator.methodcaller(name, *args, **kwargs)`: an allowlisted method call."""

    __slots__ = ("args", "ctx", "kwargs", "name")
    ptc_name = "operator.methodcaller"

    def __init__(self, ctx: RunContext, name: str, /, *args: Any, **kwargs: Any) -> None:
        if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError("method name must be a string")
        check_attribute_name(name)
        self.ctx = ctx
        self.name = name
        self.args = args
        self.kwargs = kwargs

    def __call__(self, obj: Any) -> Any:
        charge_long_names(self.ctx, len(self.name))
        return attr.get_attribute(self.ctx, obj, self.name)(*self.args, **self.kwargs)

    def __repr__(self) -> str:
        parts = [
            repr(self.name),
            *map(program_repr, self.args),
            *(f"{k}={program_repr(v)}" for k, v in self.kwargs.items()),
        ]
        return f"operator.methodcaller({', '.join(parts)})"


def charge_long_names(ctx: RunContext, chars: int) -> None:
    """A looked-up name is program data of any length, and a missing attribute's message quotes it
    (`repr`): `attrgetter('x' * 10**6)` failing in a loop spent 7 ms a call on that, for one step."""
    if chars > SMALL_COPY_CHARS:
        charge_copy(ctx, chars)


def _item(ctx: RunContext, obj: Any, key: Any) -> Any:
    """`obj[key]` as the subscript expression does it: a slice copies, so it is charged by its
    length (`operator.getitem(big, slice(None))` in a loop copied 100,000 elements for one step)."""
    if type(key) is slice:
        return operators.get_slice(ctx, obj, key)
    return obj[key]


_CONCATENATING: frozenset[type[Any]] = frozenset({str, bytes, list, tuple, deque})
"""Types with CPython's sequence concatenation (`sq_concat`)."""


def _indexes_like_a_sequence(value: Any) -> bool:
    """CPython's `PySequence_Check`: a sequence type, or a program class with `__getitem__`, never a dict."""
    if type(value) in _CONCATENATING or type(value) is range:
        return True
    return isinstance(value, ProgramInstance) and hasattr(type(value), "__getitem__")


def make_module(ctx: RunContext) -> ShimModule:
    def binary(function: Callable[[RunContext, Any, Any], Any]) -> Callable[[Any, Any], Any]:
        return lambda a, b, /: function(ctx, a, b)

    def unary(function: Callable[[RunContext, Any], Any]) -> Callable[[Any], Any]:
        return lambda a, /: function(ctx, a)

    def concat(a: Any, b: Any, /) -> Any:
        """CPython's `PySequence_Concat`: a sequence's own concatenation, or `+` between two objects
        that both index like sequences; anything else "can't be concatenated"."""
        if type(a) in _CONCATENATING:
            return operators.add(ctx, a, b)
        if _indexes_like_a_sequence(a) and _indexes_like_a_sequence(b):
            try:
                return operators.add(ctx, a, b)
            except TypeError as error:  # neither adds: CPython's own message below
                if not str(error).startswith("unsupported operand type(s) for +"):
                    raise
        raise TypeError(f"{ptc_type_name(a)!r} object can't be concatenated")

    def contains(a: Any, b: Any, /) -> bool:
        return operators.contains(ctx, b, a)

    def getitem(a: Any, b: Any, /) -> Any:
        if costly_key(ctx, b):
            charge_key(ctx, b)
            b = sequence_key(a, b)
        return _item(ctx, a, b)

    def index(a: Any, /) -> int:
        return operator_index(a)

    def method_caller(name: str, /, *args: Any, **kwargs: Any) -> MethodCaller:
        return MethodCaller(ctx, name, *args, **kwargs)

    def truth(a: Any, /) -> bool:
        return not operators.logical_not(ctx, a)

    members: dict[str, Any] = {name: native(name, binary(f)) for name, f in _BINARY.items()}
    members.update({name: native(name, unary(f)) for name, f in _UNARY.items()})
    members.update(
        contains=native("contains", contains),
        concat=native("concat", concat),
        getitem=native("getitem", getitem),
        index=native("index", index),
        truth=native("truth", truth),
        abs=native("abs", abs),
        itemgetter=NativeClass("operator.itemgetter", ItemGetter, lambda *items: ItemGetter(ctx, *items)),
        attrgetter=NativeClass("operator.attrgetter", AttrGetter, lambda *names: AttrGetter(ctx, *names)),
        methodcaller=NativeClass("operator.methodcaller", MethodCaller, method_caller),
    )
    return ShimModule("operator", members)
