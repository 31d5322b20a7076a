"""How `int`, `str`, `list`… appear to programs, and `type()`, `isinstance`, `getattr` and friends.

The host's own type objects carry everything (`int.__subclasses__`, `str.__mro__`); programs get a
`BuiltinType` instead: callable (through a constructor that charges and checks sizes), usable with
`isinstance` (it implements `__instancecheck__`), `type(x) is int` and `type(x).__name__`, with repr
`<class 'int'>`. Its attributes are the type's static methods (`dict.fromkeys`) and its methods
unbound (`str.upper`, for `map(str.upper, names)`), all from the allowlist in `runtime.attr`.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..runtime import attr
from ..runtime.allowlist import PtcObject, ptc_type_name
from ..runtime.budget import SMALL_COPY_CHARS, charge_copy, charge_elements
from ..runtime.context import RunContext
from ..runtime.native import NativeFunction
from ..runtime.registry import (
    HOST_BUILTIN_SIGNATURES,
    HostBinding,
    Method,
    check_attribute_name,
    missing_attribute,
)
from ..runtime.reprs import program_repr
from ..runtime.structure import weigh
from ..runtime.values import FrozenOrderedSet, OrderedSet
from .arity import builtin_function, restate


class BuiltinType(PtcObject):
    """A builtin type as programs see it (one instance per type per run, so `is` works)."""

    __slots__ = ("constructor", "ctx", "derived_binding", "name", "python_type", "signature")
    ptc_name = "type"

    def __init__(
        self, ctx: RunContext, name: str, python_type: type[Any], constructor: Callable[..., Any] | None
    ) -> None:
        self.ctx = ctx
        self.name = name
        self.python_type = python_type
        self.constructor = constructor
        self.signature = HOST_BUILTIN_SIGNATURES.get(name) if constructor is not None else None
        self.derived_binding: HostBinding | None = None

    def binding(self) -> HostBinding | None:
        """How the CPython type binds the constructor's arguments (`builtins.arity`); derived at the
        first call, as every run makes its types afresh and calls few of them."""
        binding, signature, constructor = self.derived_binding, self.signature, self.constructor
        if binding is None and signature is not None and constructor is not None:
            binding = self.derived_binding = HostBinding.of(signature, constructor)
        return binding

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.constructor is None:
            raise TypeError(f"cannot create {self.name!r} instances")
        binding = self.derived_binding or self.binding()
        if binding is not None and (kwargs or binding.max_positional is not None):
            binding.refuse(len(args), kwargs)
        try:
            return self.constructor(*args, **kwargs)
        except TypeError as error:
            restate(error, self.constructor, self.name, binding and binding.reference, len(args), kwargs)
            raise

    def __instancecheck__(self, instance: object) -> bool:
        return isinstance(instance, self.python_type)

    def __subclasscheck__(self, subclass: object) -> bool:
        return issubclass(python_class(subclass), self.python_type)

    def __or__(self, other: object) -> TypeUnion:
        return TypeUnion(self.ctx, (self, *_union_members(other)))

    def __ror__(self, other: object) -> TypeUnion:
        return TypeUnion(self.ctx, (*_union_members(other), self))

    def __getitem__(self, parameters: object) -> GenericAlias:
        if self.python_type not in _GENERIC_TYPES:
            raise TypeError(f"type {self.name!r} is not subscriptable")
        return GenericAlias(self, parameters if isinstance(parameters, tuple) else (parameters,))

    def __repr__(self) -> str:
        return f"<class {self.name!r}>"

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        if name == "__name__":
            return self.name.rpartition(".")[2]  # `types.SimpleNamespace` is named `SimpleNamespace`
        static = attr.STATIC_TABLES.get(self.python_type, {}).get(name)
        if isinstance(static, Method):
            return attr.static_method(ctx, name, static)
        table = attr.table_for(self.python_type)
        if table is not None and isinstance(table.get(name), Method):
            return NativeFunction(name, _unbound_method(ctx, self, name))
        raise missing_attribute(f"type object {self.name!r} has no attribute {name!r}", name, ())


def _unbound_method(ctx: RunContext, owner: BuiltinType, name: str) -> Callable[..., Any]:
    """`str.upper` taken from the type: the receiver is the first argument, and must be a str."""

    def method(*args: Any, **kwargs: Any) -> Any:
        if not args:
            raise TypeError(f"unbound method {owner.name}.{name}() needs an argument")
        receiver = args[0]
        if not isinstance(receiver, owner.python_type):
            raise TypeError(
                f"descriptor {name!r} for {owner.name!r} objects doesn't apply to a "
                f"{ptc_type_name(receiver)!r} object"
            )
        return attr.call_method(ctx, receiver, name, args[1:], kwargs)

    return method


class GenericAlias(PtcObject):
    """`list[int]`, `tuple[int, int]`, `dict[str, list[int]]` at run time (annotations, aliases):
    calls its type, shows as written, and refuses `isinstance` as CPython does."""

    __slots__ = ("args", "origin")
    ptc_name = "types.GenericAlias"

    def __init__(self, origin: BuiltinType, args: tuple[Any, ...]) -> None:
        self.origin = origin
        self.args = args

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.origin(*args, **kwargs)

    def __instancecheck__(self, instance: object) -> bool:
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, subclass: object) -> bool:
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GenericAlias):
            return NotImplemented
        if self.origin is not other.origin or len(self.args) != len(other.args):
            return False
        # `list[x] == list[y]` compares the arguments natively: data in them (a DAG-shaped list)
        # is weighed and charged first, as `x == y` would be.
        ctx = self.origin.ctx
        charge_elements(ctx, weigh(ctx, self.args) + weigh(ctx, other.args))
        return self.args == other.args

    def __hash__(self) -> int:
        return hash((self.origin.name, len(self.args)))

    def __or__(self, other: object) -> TypeUnion:
        return TypeUnion(self.origin.ctx, (self, *_union_members(other)))

    def __ror__(self, other: object) -> TypeUnion:
        return TypeUnion(self.origin.ctx, (*_union_members(other), self))

    def __repr__(self) -> str:
        return program_repr(self, self.origin.ctx)

    def ptc_write_repr(self, writer: Any, write_value: Callable[[Any, Any], None]) -> bool:
        """Written by `reprs`' writer, which charges and bounds a parameter that is program data
        (`list[x]` of a DAG-shaped `x`: the host's repr walked 2**40 elements)."""
        writer.charge(len(self.args))
        writer.write(f"{self.origin.name}[")
        if not self.args:
            writer.write("()")
        for index, arg in enumerate(self.args):
            if index:
                writer.write(", ")
            if arg is Ellipsis or isinstance(arg, BuiltinType | type):
                writer.write(_type_repr(arg))
            else:
                write_value(writer, arg)
        writer.write("]")
        return True


def _type_repr(value: object) -> str:
    """How CPython's `GenericAlias` shows a parameter: a type by name, `...`, or its repr."""
    if value is Ellipsis:
        return "..."
    if isinstance(value, BuiltinType):
        return value.name
    if isinstance(value, type) and "ptc_namespace" in value.__dict__:
        return f"__main__.{value.__dict__.get('ptc_qualname', value.__name__)}"
    return repr(value)


_GENERIC_TYPES: frozenset[type[Any]] = frozenset({list, tuple, dict, OrderedSet, FrozenOrderedSet})


class TypeUnion(PtcObject):
    """`int | None`, for `isinstance(x, int | float)`."""

    __slots__ = ("ctx", "members")
    ptc_name = "types.UnionType"

    def __init__(self, ctx: RunContext, members: tuple[Any, ...]) -> None:
        if len(members) > SMALL_CLASSINFO:  # each `|` copies the members: `t = t | list[i]` in a loop
            ctx.charge(len(members) // SMALL_CLASSINFO)
        self.ctx = ctx
        self.members = members

    def __instancecheck__(self, instance: object) -> bool:
        if len(self.members) > SMALL_CLASSINFO:
            self.ctx.charge(len(self.members) // SMALL_CLASSINFO)
        return any(
            instance is None if member is None else isinstance(instance, member) for member in self.members
        )

    def __or__(self, other: object) -> TypeUnion:
        return TypeUnion(self.ctx, (*self.members, *_union_members(other)))

    def __eq__(self, other: object) -> bool:
        """As CPython's: the same members in any order (`int | str == str | int`)."""
        if type(other) is not TypeUnion:
            return NotImplemented
        self.ctx.charge(1 + (len(self.members) + len(other.members)) // SMALL_CLASSINFO)
        return {id(member) for member in self.members} == {id(member) for member in other.members}

    def __hash__(self) -> int:
        """Order-free over the members' hashes (CPython's is its members' frozenset's), from the run's
        identity hashes: the same on every replay (`ptc_stable_hash`)."""
        from .hashing import hash_  # `hashing` builds on this module

        combined = 0
        for member in self.members:
            combined ^= hash_(self.ctx, member)
        return combined

    ptc_stable_hash = True

    def __ror__(self, other: object) -> TypeUnion:
        return TypeUnion(self.ctx, (*_union_members(other), *self.members))

    def __repr__(self) -> str:
        return program_repr(self, self.ctx)

    def ptc_write_repr(self, writer: Any, write_value: Callable[[Any, Any], None]) -> bool:
        """Written by `reprs`' writer, a member at a time (a member may be a `list[x]` of data)."""
        writer.charge(len(self.members))
        for index, member in enumerate(self.members):
            if index:
                writer.write(" | ")
            if member is None or isinstance(member, BuiltinType | type):
                writer.write("None" if member is None else _type_repr(member))
            else:
                write_value(writer, member)
        return True


def _union_members(value: object) -> tuple[Any, ...]:
    if isinstance(value, TypeUnion):
        return value.members
    if value is None or isinstance(value, (BuiltinType, type)) or hasattr(type(value), "__instancecheck__"):
        return (value,)
    raise TypeError(f"unsupported operand type(s) for |: 'type' and {ptc_type_name(value)!r}")


def python_class(value: object) -> type[Any]:
    """The host class a program type stands for (for `issubclass`)."""
    if isinstance(value, BuiltinType):
        return value.python_type
    python_type = getattr(value, "python_type", None)  # module shim classes (NativeClass)
    if isinstance(python_type, type):
        return python_type
    if isinstance(value, type):
        return value
    raise TypeError("issubclass() arg 1 must be a class")


class TypeRegistry:
    """The run's builtin types, and `type(x)` answering with the same objects every time."""

    __slots__ = ("by_python_type", "ctx", "types", "unimported")

    def __init__(
        self, ctx: RunContext, constructors: Mapping[str, tuple[type[Any], Callable[..., Any] | None]]
    ) -> None:
        self.ctx = ctx
        self.types: dict[str, BuiltinType] = {}
        self.by_python_type: dict[type[Any], BuiltinType] = {}
        self.unimported: dict[type[Any], BuiltinType] = {}
        """`type(x)` of a module's value whose class the program has not imported (`re.Match`)."""
        for name, (python_type, constructor) in constructors.items():
            self.add(name, python_type, constructor)
        self.types["type"] = self.add("type", type, self.type_of)

    def add(self, name: str, python_type: type[Any], constructor: Callable[..., Any] | None) -> BuiltinType:
        builtin = BuiltinType(self.ctx, name, python_type, constructor)
        self.types[name] = builtin
        self.by_python_type[python_type] = builtin
        return builtin

    def type_of(self, *args: Any, **keywords: Any) -> Any:
        """`type(x)`: the program-visible class of `x`; `type(name, bases, namespace)`: a new class."""
        if len(args) == 3:
            return new_class(self.ctx, *args, keywords=keywords)
        if len(args) != 1:
            raise TypeError("type() takes 1 or 3 arguments")
        if keywords:
            raise TypeError("type() takes no keyword arguments")
        value = args[0]
        cls: type[Any] = type(value)
        known = self.by_python_type.get(cls)
        if known is not None:
            return known
        if isinstance(value, BaseException) or _is_program_class(cls):
            return cls
        if isinstance(value, PtcObject):
            program_type = getattr(value, "ptc_program_type", None)  # a module's value type (Decimal)
            if program_type is not None:
                return program_type
        if isinstance(value, (type, BuiltinType)) or ptc_type_name(value) == "type":
            return self.types["type"]
        imported = self.ctx.module_classes.get(cls)
        if imported is not None:  # `type(Counter()) is Counter`
            return imported
        known = self.unimported.get(cls)
        if known is not None:
            return known
        name = ptc_type_name(value)
        module = getattr(cls, "ptc_module", cls.__module__)
        if "." not in name and module != "builtins" and not module.startswith(("ptc_interpreter", "_")):
            name = f"{module}.{name}"  # a module's class: `<class 'random.Random'>`, `<class 're.Pattern'>`
        known = self.unimported[cls] = BuiltinType(self.ctx, name, cls, None)
        return known


LONGEST_CLASS_NAME = 1000
"""A `type()` class name no longer than a class statement's would be in any real program."""


def new_class(ctx: RunContext, name: Any, bases: Any, namespace: Any, keywords: Mapping[str, Any]) -> type:
    """`type(name, bases, namespace)`: the class a `class` statement with that body would make, under
    the rules of one: program classes, `object` or exception classes as bases; the namespace's
    names those a class body may bind (its own special methods, `__doc__`, any other name)."""
    from ..runtime.exceptions import (
        PROGRAM_EXCEPTIONS,  # core's modules; imported late to stay out of its cycle
    )
    from ..runtime.objects import ProgramClassMeta, class_builder, make_class
    from ..runtime.registry import USER_DUNDERS

    expected: tuple[tuple[Any, type[Any]], ...] = ((name, str), (bases, tuple), (namespace, dict))
    for position, (value, kind) in enumerate(expected, start=1):
        if not isinstance(value, kind):
            shown = "None" if value is None else ptc_type_name(value)
            raise TypeError(f"type.__new__() argument {position} must be {kind.__name__}, not {shown}")
    if class_builder(bases) is not None:
        raise TypeError(
            "type() with an Enum, NamedTuple or TypedDict base is not supported here: use a class statement"
        )
    if keywords:  # what `object.__init_subclass__` says of class keywords
        raise TypeError(f"{name[:LONGEST_CLASS_NAME]}.__init_subclass__() takes no keyword arguments")
    if len(name) > LONGEST_CLASS_NAME:
        # every message about the class or its instances quotes the name, uncharged
        raise TypeError(
            f"type(): a class name of more than {LONGEST_CLASS_NAME:,} characters is not supported here"
        )
    charge_elements(ctx, len(bases) + len(namespace))
    real_bases: list[type] = []
    for base in bases:
        if getattr(base, "python_type", None) is object:
            real_bases.append(object)
        elif isinstance(base, ProgramClassMeta) or base in PROGRAM_EXCEPTIONS.values():
            real_bases.append(base)
        else:
            raise TypeError(
                f"type() can only make classes inheriting from classes defined in the program or from"
                f" exception classes, not from {ptc_type_name(base)!r}"
            )
    for key in namespace:
        if type(key) is not str:
            raise TypeError(f"type(): the namespace's names must be str here, not {ptc_type_name(key)!r}")
        if key[:2] == "__" and key not in USER_DUNDERS and key != "__doc__":
            raise TypeError(
                f"type(): the name {key[:100]!r} cannot be set here (a class body could not bind it either)"
            )
    cls = make_class(name, tuple(real_bases), dict(namespace), ctx=ctx)
    cls.ptc_qualname = name  # pyright: ignore[reportAttributeAccessIssue]
    cls.ptc_annotations = None  # pyright: ignore[reportAttributeAccessIssue]
    return cls


def _is_program_class(cls: type[Any]) -> bool:
    from ..runtime.objects import ProgramInstance  # core's module; imported late to stay out of its cycle

    return issubclass(cls, ProgramInstance)


SMALL_CLASSINFO = 8
"""A flat tuple of up to this many classes costs nothing beyond the call's step."""


def make_introspection(ctx: RunContext) -> dict[str, Any]:
    """`getattr`, `hasattr`, `setattr`, `delattr`, `issubclass`: attribute access through the allowlist."""
    missing = object()

    def named(name: Any, writing: bool = False) -> str:
        """A name is program data of any length, and a missing attribute's message quotes it
        (`repr`): `getattr([], 'x' * 10**6)` in a loop spent 7 ms a call on that, for one step."""
        checked = check_attribute_name(name, writing=writing)
        if len(checked) > SMALL_COPY_CHARS:
            charge_copy(ctx, len(checked))
        return checked

    def getattr_(obj: Any, name: Any, default: Any = missing) -> Any:
        if default is missing:
            return attr.get_attribute(ctx, obj, named(name))
        try:
            return attr.get_attribute(ctx, obj, named(name))
        except AttributeError:  # a refused name does not exist either, as `hasattr` says
            return default

    def hasattr_(obj: Any, name: Any) -> bool:
        try:
            named(name)
        except AttributeError:
            return False
        return attr.has_attribute(ctx, obj, name)

    def setattr_(obj: Any, name: Any, value: Any) -> None:
        attr.set_attribute(ctx, obj, named(name, writing=True), value)

    def delattr_(obj: Any, name: Any) -> None:
        attr.del_attribute(ctx, obj, named(name, writing=True))

    def vars_(*args: Any) -> Any:
        if len(args) != 1:
            if args:
                raise TypeError(f"vars expected at most 1 argument, got {len(args)}")
            raise TypeError(
                "vars() without an argument (the local variables) is not supported here: pass the object"
            )
        obj = args[0]
        try:
            return attr.get_attribute(ctx, obj, "__dict__")
        except AttributeError as error:
            if "not supported" in str(error):
                raise
            raise TypeError("vars() argument must have __dict__ attribute") from None

    def charge_classinfo(classinfo: Any) -> None:
        """A tuple of classes is tried class by class (a program type's check is Python code), and
        through nested tuples, so a long or nested one costs a step per class reached: `t = (t, t)`
        150 times made one `isinstance(1, t)` walk 2**150 classes."""
        if type(classinfo) is tuple and (len(classinfo) > SMALL_CLASSINFO or tuple in map(type, classinfo)):
            ctx.charge(weigh(ctx, classinfo))

    def isinstance_(obj: Any, classinfo: Any) -> bool:
        charge_classinfo(classinfo)
        return isinstance(obj, classinfo)

    def issubclass_(cls: Any, classinfo: Any) -> bool:
        charge_classinfo(classinfo)
        return issubclass(python_class(cls), classinfo)

    def id_(obj: object) -> int:
        return ctx.program_id(obj)

    return {
        "getattr": builtin_function("getattr", getattr_),
        "hasattr": builtin_function("hasattr", hasattr_),
        "setattr": builtin_function("setattr", setattr_),
        "delattr": builtin_function("delattr", delattr_),
        "vars": builtin_function("vars", vars_),
        "issubclass": builtin_function("issubclass", issubclass_),
        "id": builtin_function("id", id_),
        "isinstance": builtin_function("isinstance", isinstance_),
        "callable": callable,
    }
