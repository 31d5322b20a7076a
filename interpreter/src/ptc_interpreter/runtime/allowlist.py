"""Interpreter-owned objects: the `PtcObject` hooks and the module a program imports.

Builtin and shim value types answer attribute access from declared tables (`runtime.registry`'s
shapes, `runtime.attr`'s tables); interpreter-owned objects (program functions, classes, instances,
module shims, tasks) instead implement the `PtcObject` hooks.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from .native import NativeFunction
from .registry import Property, TypeTable, missing_attribute, named_for_programs

if TYPE_CHECKING:
    from .context import RunContext


class PtcObject:
    """Base of interpreter-owned objects. `runtime.attr` routes attribute access on them through these
    hooks, always called on the type (`type(obj).ptc_getattr(obj, ctx, name)`), so a class object and
    its instances can answer differently through a metaclass.

    A class declares its attributes in `ptc_table` (`runtime.registry` shapes, each with its cost
    class), which the default `ptc_getattr` answers from: a property's value, or a method bound to
    the object. These objects hold their run's context themselves, so a method is always called as
    `function(obj, *args)` and charges its own work as its cost class says (dispatch has no receiver
    length or key to charge for them). Only objects whose attributes belong to the program
    (instances, classes, functions of the program) or come from another declaration (modules, shim
    classes, builtin types) override `ptc_getattr`.

    Every subclass the interpreter defines is `named_for_programs` (program classes keep their own)."""

    __slots__ = ()

    ptc_table: ClassVar[TypeTable] = {}

    ptc_private_names: ClassVar[bool] = False
    """Whether the object's attributes under private names (`registry.private_name`) are the
    program's own: true only of the classes whose attribute storage holds nothing but what the
    program put there (its classes, instances, functions, `SimpleNamespace`)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__.startswith("ptc_interpreter."):
            named_for_programs(cls)

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        table = type(self).ptc_table
        entry = table.get(name)
        if entry is None:
            raise missing_attribute(f"{ptc_type_name(self)!r} object has no attribute {name!r}", name, table)
        if isinstance(entry, Property):
            return entry.read(self, ctx)
        return NativeFunction(name, partial(entry.function, self))

    def ptc_setattr(self, ctx: RunContext, name: str, value: Any) -> None:
        raise AttributeError(f"{ptc_type_name(self)!r} object attribute {name!r} is read-only")

    def ptc_delattr(self, ctx: RunContext, name: str) -> None:
        raise AttributeError(f"{ptc_type_name(self)!r} object attribute {name!r} cannot be deleted")


def not_iterable(error: TypeError, value: object) -> bool:
    """Whether `error` is `iter(value)`'s own "'X' object is not iterable" (so a caller may restate
    it as CPython's context does), not an error a program's `__iter__` raised with that text."""
    cls = type(value)
    return (
        not hasattr(cls, "__iter__")
        and not hasattr(cls, "__getitem__")
        and str(error) == f"'{ptc_type_name(value)}' object is not iterable"
    )


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
            message = f"module {self.name!r} has no attribute {name!r}"
            raise missing_attribute(message, name, self.members) from None

    def __repr__(self) -> str:
        return f"<module {self.name!r}>"
