"""The shape of the allowlist: what an entry in a per-type attribute table can be.

`runtime.attr` owns the tables for builtin types; a module shim that introduces value types
(`datetime`, `deque`, regex matches, …) exports tables for them in the same shape. Anything not
listed in a table does not exist for the program. Interpreter-owned objects (program functions,
classes, instances, module shims, tasks) instead implement the `PtcObject` hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import FunctionType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .context import RunContext


@dataclass(frozen=True, slots=True)
class Method:
    """`obj.name(*args, **kwargs)` calls `function(obj, *args, **kwargs)`, or
    `function(ctx, obj, *args, **kwargs)` when `needs_ctx` (to charge steps or check sizes first)."""

    function: Callable[..., Any]
    needs_ctx: bool = False


@dataclass(frozen=True, slots=True)
class Property:
    """`obj.name` evaluates `function(obj)`."""

    function: Callable[[Any], Any]


TypeTable = Mapping[str, Method | Property]
_C = TypeVar("_C", bound=type)


def named_for_programs(cls: _C) -> _C:
    """Give an interpreter class a program may hold an instance of the name the program knows it by
    (its `ptc_name`), as its Python name, in `builtins`. CPython's own messages name a value's class
    by that name ("'module' object is not subscriptable", "unhashable type: 'set'"), and its methods
    by their qualified names (`itemgetter.__call__() missing 1 required positional argument`), and
    `repr` of the class shows it, so none of them ever shows a host class or module path
    (`ShimModule`, `ptc_interpreter.runtime.allowlist`)."""
    name = getattr(cls, "ptc_name", None)
    if isinstance(name, str):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = "builtins"
        for member in vars(cls).values():
            if isinstance(member, FunctionType):  # "Partial.__call__() missing 1 required argument"
                member.__qualname__ = f"{name}.{member.__name__}"
    return cls


def name_methods_for_programs(tables: Mapping[type, TypeTable]) -> None:
    """Give the host function behind each method the name the program calls it by, so that CPython's
    argument errors read `split() takes …`, never `_splitter.<locals>.split() takes …`."""
    for table in tables.values():
        for name, entry in table.items():
            if isinstance(entry, Method) and isinstance(entry.function, FunctionType):
                entry.function.__qualname__ = name


class PtcObject:
    """Base of interpreter-owned objects. `runtime.attr` routes attribute access on them through these
    hooks, always called on the type (`type(obj).ptc_getattr(obj, ctx, name)`), so a class object and
    its instances can answer differently through a metaclass.

    Every subclass the interpreter defines is `named_for_programs` (program classes keep their own)."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__.startswith("ptc_interpreter."):
            named_for_programs(cls)

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        raise AttributeError(f"{ptc_type_name(self)!r} object has no attribute {name!r}")

    def ptc_setattr(self, ctx: RunContext, name: str, value: Any) -> None:
        raise AttributeError(f"{ptc_type_name(self)!r} object attribute {name!r} is read-only")

    def ptc_delattr(self, ctx: RunContext, name: str) -> None:
        raise AttributeError(f"{ptc_type_name(self)!r} object attribute {name!r} cannot be deleted")


def ptc_type_name(value: object) -> str:
    """The type name a program sees for `value` (classes may rename themselves for programs)."""
    return getattr(type(value), "ptc_name", type(value).__name__)


class ShimModule(PtcObject):
    """An importable module as the program sees it: a name and a fixed set of members."""

    __slots__ = ("members", "name")
    ptc_name = "module"

    def __init__(self, name: str, members: Mapping[str, Any]) -> None:
        self.name = name
        self.members = dict(members)

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        try:
            return self.members[name]
        except KeyError:
            raise AttributeError(f"module {self.name!r} has no attribute {name!r}") from None

    def __repr__(self) -> str:
        return f"<module {self.name!r}>"
