"""The program's `enum` module: CPython 3.11's `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`
and `unique`, built in program space.

An enum class is a program class (`runtime.objects.make_class`) whose metaclass, `EnumMeta`, gives
the class CPython's class-level behaviour (`Color(1)`, `Color['RED']`, iteration, `len`, `in`,
`__members__`, refusing to reassign a member); its members are instances of it, made once when the
class statement runs, with their `name` and `value` readable and never writable. The library classes
(`Enum`, `IntEnum`, ...) are made per run by `make_module`, so nothing a program does to them (or
to a member) is seen by another run, and no host enum class or member ever reaches a program (the
host's `re.RegexFlag` members were shared between runs). `IntEnum`, `StrEnum` and `IntFlag`
members are real `int`/`str` subclasses, so arithmetic, comparisons, `json.dumps` and dict lookups
by the plain value are CPython's own; `hash()` of a member is process-independent (`hashing`).
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ..builtins.types import BuiltinType
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import charge_key, materialize
from ..runtime.objects import (
    BindsAsMethod,
    CachedProperty,
    ClassMethod,
    ClassSpec,
    ProgramClassMeta,
    ProgramFunction,
    ProgramInstance,
    ProgramProperty,
    StaticMethod,
    class_lookup,
    make_class,
)
from ..runtime.operators import eq
from ..runtime.registry import CONSTANT, Method, TypeTable
from ..runtime.reprs import program_repr
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_MISSING: Any = object()
_DATA_TYPES: tuple[type, ...] = (int, str, float)
"""The builtin types an enum may mix in (`class Color(str, Enum)`)."""
_PLAIN_VALUES = frozenset({int, bool, float, str, bytes, type(None)})
"""Member values looked up by hash; any other value is found by `==`, as CPython does for the
unhashable ones (hashing a program value natively would run its `__hash__` uncharged)."""
_DESCRIPTORS = (ProgramFunction, StaticMethod, ClassMethod, ProgramProperty, CachedProperty, BindsAsMethod)
"""Class-body values that are methods or properties, not members (CPython: descriptors)."""
_LONGEST_NUMBER_TEXT = 4300
"""CPython's limit on the digits of a str converted to int."""
_CONVERTIBLE = frozenset({int, bool, float, str, bytes})
"""Values a data type converts natively (`int('ff', 16)`), never running program code."""
_MOST_CONVERSION_ARGUMENTS = 3
"""`str(b, encoding, errors)` is the longest conversion."""
_LONGEST_NAME = 1_000
"""Characters in a name given to the functional API (names show in every repr and message)."""
_NAMES_PER_STEP = 16
"""Names per step the functional API splits out of a string."""
_NONE_HASH = 0xFCA86420
"""`hashing`'s `hash(None)`: a flag value with no member has no name."""


class Auto(PtcObject):
    """`auto()`: replaced by the next value when the class is made."""

    __slots__ = ()
    ptc_name = "auto"

    def __repr__(self) -> str:
        return "auto(_auto_null)"


@dataclass(eq=False)
class EnumState:
    """What one enum class knows about its members (CPython's `_member_map_` and friends)."""

    kind: str
    """"enum" or "flag"."""
    data_type: type | None
    """int, str or float when members are values of that type (`IntEnum`, `class C(str, Enum)`)."""
    repr_enum: bool
    """`str()` and `format()` are the data type's (`IntEnum`, `StrEnum`, `IntFlag`: CPython's ReprEnum)."""
    keep: bool
    """A flag value with bits no member has is kept (`IntFlag`) instead of refused (`Flag`)."""
    ctx: RunContext | None
    members: dict[str, Any] = field(default_factory=dict[str, Any])
    names: list[str] = field(default_factory=list[str])
    by_value: dict[Any, Any] = field(default_factory=dict[Any, Any])
    by_equality: list[Any] = field(default_factory=list[Any])
    flag_mask: int = 0
    singles_mask: int = 0
    all_bits: int = 0
    position: dict[str, int] = field(default_factory=dict[str, int])
    """Each canonical member's place in the definition (a flag's combinations list them in it)."""


def state_of(cls: type) -> EnumState:
    return cast("EnumState", cls.__dict__["ptc_enum"])


def _value_of(member: Any) -> Any:
    return member.__dict__["value"]


def _name_of(member: Any) -> Any:
    return member.__dict__["name"]


class EnumMember(ProgramInstance):
    """Host base of every enum class: what CPython's `Enum` (and `Flag`) give a member."""

    ptc_name = "Enum"
    ptc_plain_dict = False  # CPython's member holds `_value_`, `_name_`, `__objclass__`, ...

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        try:
            return ProgramInstance.ptc_getattr(self, ctx, name)
        except AttributeError:
            data_type = state_of(type(self)).data_type
            if data_type is None or name[:1] == "_":
                raise
        # `Color.RED.upper()` on a `str` enum: the data type's attribute, read on the plain value
        from ..runtime.attr import get_attribute  # `attr` imports the shims' tables

        return get_attribute(ctx, plain_value(self, data_type), name)

    def ptc_setattr(self, ctx: RunContext, name: str, value: Any) -> None:
        if name in ("name", "value"):
            raise AttributeError(f"<enum 'Enum'> cannot set attribute {name!r}")
        ProgramInstance.ptc_setattr(self, ctx, name, value)

    def ptc_delattr(self, ctx: RunContext, name: str) -> None:
        if name in ("name", "value"):
            raise AttributeError(f"<enum 'Enum'> cannot delete attribute {name!r}")
        ProgramInstance.ptc_delattr(self, ctx, name)

    def __repr__(self) -> str:
        return program_repr(self, state_of(type(self)).ctx)

    def ptc_write_repr(self, writer: Any, write_value: Callable[[Any, Any], None]) -> bool:
        """`<Color.RED: 1>` written by `reprs`' writer, which sees a value holding its own member
        as the cycle it is (`<E.A: [<E.A: [...]>]>`, as CPython shows it). False when the class
        has a `__repr__` of its own."""
        cls = type(self)
        if cls.__repr__ not in _ENUM_REPRS:
            return False
        name = _name_of(self)
        writer.write(f"<{cls.__name__}: " if name is None else f"<{cls.__name__}.{name}: ")
        write_value(writer, _value_of(self))
        writer.write(">")
        return True

    def __str__(self) -> str:
        cls = type(self)
        name = _name_of(self)
        if name is None:
            return f"{cls.__name__}({program_repr(_value_of(self), state_of(cls).ctx)})"
        return f"{cls.__name__}.{name}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __hash__(self) -> int:
        return hash(_name_of(self))


def _program_hash(member: Any) -> int:
    from ..builtins.hashing import text_hash  # `hashing` imports the runtime this module builds on

    name = _name_of(member)
    return _NONE_HASH if name is None else text_hash(name)


EnumMember.__hash__.ptc_program_hash = _program_hash  # type: ignore[attr-defined]


_PLAIN_OF: dict[type, Callable[[Any], Any]] = {int: int.__int__, str: str.__str__, float: float.__float__}


def plain_value(member: Any, data_type: type) -> Any:
    """The `int`/`str`/`float` a data-type member is, as a plain value (no program dunder runs)."""
    return _PLAIN_OF[data_type](member)


class FlagMember(EnumMember):
    """What CPython's `Flag` adds: `|`, `&`, `^`, `~`, `in`, iteration over the set bits, `len`."""

    ptc_name = "Flag"

    def __bool__(self) -> bool:
        return bool(_value_of(self))

    def __or__(self, other: Any) -> Any:
        return _flag_operation(self, other, int.__or__)

    def __and__(self, other: Any) -> Any:
        return _flag_operation(self, other, int.__and__)

    def __xor__(self, other: Any) -> Any:
        return _flag_operation(self, other, int.__xor__)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self) -> Any:
        cls = type(self)
        state = state_of(cls)
        if state.keep:
            return lookup(cls, ~_value_of(self))
        return lookup(cls, state.singles_mask & ~_value_of(self))

    def __contains__(self, other: Any) -> bool:
        if not isinstance(other, type(self)):
            raise TypeError(
                f"unsupported operand type(s) for 'in': {ptc_type_name(other)!r} and {type(self).__name__!r}"
            )
        value = _value_of(other)
        return value & _value_of(self) == value

    def __iter__(self) -> Iterator[Any]:
        return iter(_members_in(type(self), _value_of(self)))

    def __len__(self) -> int:
        return _value_of(self).bit_count()

    def __str__(self) -> str:
        cls = type(self)
        name = _name_of(self)
        if name is None:
            return f"{cls.__name__}({_value_of(self)!r})"
        return f"{cls.__name__}.{name}"


_ENUM_REPRS = (EnumMember.__repr__,)
"""The repr every enum member has unless its class defines one."""
_FLAG_OPERATORS = ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__")


def _flag_operation(member: Any, other: Any, operation: Callable[[int, int], int]) -> Any:
    cls = type(member)
    state = state_of(cls)
    if isinstance(other, cls):
        other = _value_of(other)
    elif not (state.data_type is not None and isinstance(other, state.data_type)):
        return NotImplemented
    return lookup(cls, operation(_value_of(member), int.__int__(other)))


def _members_in(cls: type, value: int) -> list[Any]:
    """The single-bit members whose bits `value` has, lowest bit first (CPython's `_iter_member_`)."""
    state = state_of(cls)
    value &= state.flag_mask
    if value < 0:  # a negative member value (`A = -1`): its bits never run out
        raise ValueError(f"{value!r} is not a positive integer")
    found: list[Any] = []
    while value:
        bit = value & -value
        member = state.by_value.get(bit)
        if member is not None:
            found.append(member)
        value ^= bit
    found.sort(key=lambda member: state.position[_name_of(member)])  # definition order
    return found


class MembersView(PtcObject):
    """`Color.__members__`: a read-only mapping of every name (aliases too) to its member."""

    __slots__ = ("ctx", "members")
    ptc_name = "mappingproxy"

    def __init__(self, members: dict[str, Any], ctx: RunContext | None) -> None:
        self.members = members
        self.ctx = ctx

    def __getitem__(self, name: Any) -> Any:
        return self.members[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.members)

    def __len__(self) -> int:
        return len(self.members)

    def __contains__(self, name: Any) -> bool:
        return name in self.members

    def __eq__(self, other: object) -> bool:
        return self.members == (other.members if isinstance(other, MembersView) else other)

    __hash__ = None  # pyright: ignore[reportAssignmentType] - unhashable, as CPython's mappingproxy

    def keys(self) -> Any:
        return self.members.keys()

    def values(self) -> Any:
        return self.members.values()

    def items(self) -> Any:
        return self.members.items()

    def get(self, name: Any, default: Any = None) -> Any:
        return self.members.get(name, default)

    ptc_table: ClassVar[TypeTable] = {
        "keys": Method(keys, CONSTANT),
        "values": Method(values, CONSTANT),
        "items": Method(items, CONSTANT),
        "get": Method(get, CONSTANT),
    }

    def __repr__(self) -> str:
        return program_repr(self, self.ctx)

    def __str__(self) -> str:
        return program_repr(self.members, self.ctx)  # as CPython's: the mapping's own text

    def ptc_write_repr(self, writer: Any, write_value: Callable[[Any, Any], None]) -> bool:
        """`mappingproxy({...})`, written by `reprs`' writer (a member's value may hold the view)."""
        writer.write("mappingproxy(")
        write_value(writer, self.members)
        writer.write(")")
        return True


class EnumMeta(ProgramClassMeta):
    """The metaclass of enum classes: CPython's `EnumType`, seen from the program."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs:
            return lookup(cls, args[0])
        if not args and len(kwargs) == 1 and "value" in kwargs:
            return lookup(cls, kwargs["value"])
        return _functional(cls, *args, **kwargs)

    def __getitem__(cls, name: Any) -> Any:
        return state_of(cls).members[name]

    def __iter__(cls) -> Iterator[Any]:
        state = state_of(cls)
        return iter([state.members[name] for name in state.names])

    def __reversed__(cls) -> Iterator[Any]:
        state = state_of(cls)
        return iter([state.members[name] for name in reversed(state.names)])

    def __len__(cls) -> int:
        return len(state_of(cls).names)

    def __bool__(cls) -> bool:
        return True

    def __contains__(cls, member: Any) -> bool:
        if not isinstance(member, EnumMember):
            raise TypeError(f"unsupported operand type(s) for 'in': {ptc_type_name(member)!r} and 'EnumType'")
        return isinstance(member, cls) and _name_of(member) in state_of(cls).members

    def ptc_getattr(cls, ctx: RunContext, name: str) -> Any:
        if name == "__members__":
            state = state_of(cls)
            return MembersView(state.members, state.ctx)
        try:
            return ProgramClassMeta.ptc_getattr(cls, ctx, name)
        except AttributeError:
            raise AttributeError(name) from None

    def ptc_setattr(cls, ctx: RunContext, name: str, value: Any) -> None:
        if name in state_of(cls).members:
            raise AttributeError(f"cannot reassign member {name!r}")
        ProgramClassMeta.ptc_setattr(cls, ctx, name, value)

    def ptc_delattr(cls, ctx: RunContext, name: str) -> None:
        if name in state_of(cls).members:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        ProgramClassMeta.ptc_delattr(cls, ctx, name)

    def __repr__(cls) -> str:
        return f"<{state_of(cls).kind} {cls.__name__!r}>"

    def ptc_build_class(cls, spec: ClassSpec) -> type:
        return build_enum_class(spec)


# -- lookup by value ---------------------------------------------------------------------------------


def lookup(cls: Any, value: Any) -> Any:
    """`Color(value)`: the member with that value, a flag combination, or CPython's ValueError."""
    if type(value) is cls:
        return value
    state = state_of(cls)
    found = _find(state, value)
    if found is not _MISSING:
        return found
    if state.kind == "flag" and isinstance(value, int) and state.names:
        return _flag_member(cls, state, int(value))
    if not state.members:
        raise TypeError(f"{cls!r} has no members defined")
    raise ValueError(f"{program_repr(value, state.ctx)} is not a valid {_qualname(cls)}")


def _qualname(cls: type) -> str:
    return cast("str", cls.__dict__.get("ptc_qualname", cls.__name__))


def _find(state: EnumState, value: Any) -> Any:
    if type(value) in _PLAIN_VALUES:
        if state.ctx is not None:  # ints past 2**61 - 1 and floats can collide: a native dict probe each
            charge_key(state.ctx, value)
        found = state.by_value.get(value, _MISSING)
        if found is not _MISSING or not state.by_equality:
            return found
        candidates = state.by_equality
    else:
        candidates = [*state.by_value.values(), *state.by_equality]
    if state.ctx is not None:
        state.ctx.charge(len(candidates) + 1)
    for member in candidates:
        # charged as the program's `==` is: a value may be a deep or DAG-shaped container
        if (_value_of(member) == value) if state.ctx is None else eq(state.ctx, _value_of(member), value):
            return member
    return _MISSING


def _flag_member(cls: Any, state: EnumState, value: int) -> Any:
    """A combination of flags (CPython's `Flag._missing_`), made once and kept."""
    flag_mask, all_bits = state.flag_mask, state.all_bits
    if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
        if not state.keep:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError(
                f"{cls!r} invalid value {value!r}\n    given {_bin(value, max_bits)}\n"
                f"  allowed {_bin(flag_mask, max_bits)}"
            )
        if value < 0:
            value = max(all_bits + 1, 2 ** (value.bit_length())) + value
    negative = None
    if value < 0:
        negative = value
        value = all_bits + 1 + value
    known = state.by_value.get(value)
    if known is not None:
        return known
    ctx = state.ctx
    if ctx is not None:
        ctx.charge(value.bit_length() + 1)
        ctx.check_container_length(len(state.by_value) + 1)
    member_value = value & state.singles_mask
    aliases = value & ~state.singles_mask
    members = _members_in(cls, member_value)
    combined = 0
    for member in members:
        combined |= _value_of(member)
    if aliases:
        wanted = member_value | aliases
        for member in state.members.values():
            member_bits = _value_of(member)
            if member not in members and member_bits and member_bits & wanted == member_bits:
                members.append(member)
                combined |= member_bits
    name: str | None = "|".join(_name_of(member) for member in members) if combined else None
    unknown = (member_value | aliases) ^ combined if (member_value or aliases) else 0
    if name is not None and unknown:
        if not state.keep:
            raise ValueError(f"{cls!r}: no members with value {unknown!r}")
        name += f"|{unknown!r}"
    pseudo = _new_member(cls, state, value)
    pseudo.__dict__["name"] = name
    pseudo.__dict__["value"] = value
    state.by_value[value] = pseudo
    if negative is not None:
        state.by_value[negative] = pseudo
    return pseudo


def _bin(number: int, max_bits: int) -> str:
    """CPython's `enum.bin`: two's complement with a sign digit (`0b0 0111`)."""
    ceiling = 2 ** number.bit_length()
    text = (
        bin(number + ceiling).replace("1", "0", 1) if number >= 0 else bin(~number ^ (ceiling - 1) + ceiling)
    )
    sign, digits = text[:3], text[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


# -- making an enum class ------------------------------------------------------------------------------


def _is_enum_class(value: Any) -> bool:
    return isinstance(value, EnumMeta)


def build_enum_class(spec: ClassSpec) -> type:
    """`class Color(Enum): ...`: the class, then its members in definition order."""
    name = spec.name
    enum_bases = [base for base in spec.bases if _is_enum_class(base)]
    data_types = [
        base.python_type
        for base in spec.bases
        if isinstance(base, BuiltinType) and base.python_type in _DATA_TYPES
    ]
    others = [
        base
        for base in spec.bases
        if not _is_enum_class(base)
        and not (isinstance(base, BuiltinType) and base.python_type in _DATA_TYPES)
    ]
    for base in others:
        if not isinstance(base, ProgramClassMeta) and getattr(base, "python_type", None) is not object:
            raise TypeError(
                f"class {name} can only inherit from classes defined in the program, "
                "a data type (int, str, float) and one enum class"
            )
    if not _is_enum_class(spec.bases[-1]):
        raise TypeError(
            "new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`"
        )
    for base in enum_bases:
        if state_of(base).members:
            raise TypeError(f"<enum {name!r}> cannot extend {base!r}")
    first_enum = enum_bases[-1]
    inherited = state_of(first_enum)
    data_type = inherited.data_type
    for extra in data_types:
        if data_type is not None and extra is not data_type:
            raise TypeError(f"too many data types for {name!r}: {[data_type, extra]!r}")
        data_type = extra
    members, plain = _split_members(spec)
    ctx = spec.ctx
    state = EnumState(inherited.kind, data_type, inherited.repr_enum, inherited.keep, ctx)
    real_bases = tuple(base for base in spec.bases if not isinstance(base, BuiltinType))
    if data_type is not None and not any(issubclass(base, data_type) for base in real_bases):
        real_bases = (data_type, *real_bases)
    cls = make_class(name, real_bases, plain, spec.annotated, ctx=ctx)
    type.__setattr__(cls, "ptc_enum", state)
    type.__setattr__(cls, "ptc_qualname", spec.qualname)
    _install_dunders(cls, plain, state)
    _add_members(cls, state, members)
    return cls


def _split_members(spec: ClassSpec) -> tuple[list[tuple[str, Any]], dict[str, Any]]:
    """The class body's members (in order) and its other names (methods, properties, dunders)."""
    members: list[tuple[str, Any]] = []
    plain: dict[str, Any] = {}
    for key in spec.namespace:
        if _is_sunder(key):
            raise TypeError(
                f"the enum hook {key!r} is not supported here: write the lookup or the values "
                "in a classmethod of your own, or use the functional API"
            )
    private = f"_{spec.name}__"  # CPython 3.11's `_is_private`: a mangled `__name` is no member
    for key, value in spec.namespace.items():
        if key.startswith(private) and len(key) > len(private) and key[-2:] != "__":
            plain[key] = value
            continue
        if key in spec.redefined and key[:2] != "__":
            first = spec.redefined[key]
            if first is not None or not isinstance(value, _DESCRIPTORS):  # only methods may be redefined
                shown = f" as {first.value!r}" if isinstance(first, ast.Constant) else ""
                raise TypeError(f"{key!r} already defined{shown}")
        if key[:2] == "__" or isinstance(value, _DESCRIPTORS):
            plain[key] = value
            continue
        if key == "mro":
            raise ValueError("invalid enum member name(s) 'mro'")
        members.append((key, value))
    return members, plain


def _is_sunder(name: str) -> bool:
    """`_missing_`, `_order_`, ...: the names CPython reserves for enum hooks."""
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _install_dunders(cls: Any, plain: dict[str, Any], state: EnumState, *, library: bool = False) -> None:
    """As CPython's `EnumType.__new__`: `repr`, `str`, `format` are the enum's unless the class
    defines them (a data type mixed in comes first in the MRO), or the data type's for ReprEnum;
    a flag's operators are the flag's."""
    data_type = state.data_type
    if state.repr_enum and data_type is not None:
        if "__format__" not in plain:
            type.__setattr__(cls, "__format__", data_type.__format__)
        if "__str__" not in plain:
            method = data_type.__str__
            if method is object.__str__:  # int and float show themselves through `__repr__`
                method = data_type.__repr__
            type.__setattr__(cls, "__str__", method)
    enum_base = FlagMember if state.kind == "flag" else EnumMember
    for dunder in ("__repr__", "__str__", "__format__"):
        if dunder in plain or (state.repr_enum and dunder != "__repr__"):
            continue
        found = getattr(cls, dunder)
        if (
            library
            or (data_type is not None and found is getattr(data_type, dunder))
            or found is getattr(object, dunder)
        ):
            type.__setattr__(cls, dunder, getattr(enum_base, dunder))
    if state.kind == "flag":
        for dunder in _FLAG_OPERATORS:
            if dunder not in plain:
                type.__setattr__(cls, dunder, getattr(FlagMember, dunder))


def _new_member(cls: Any, state: EnumState, value: Any) -> Any:
    if state.data_type is None:
        return object.__new__(cls)
    return state.data_type.__new__(cls, value)


def _add_members(cls: Any, state: EnumState, members: list[tuple[str, Any]]) -> None:
    ctx = state.ctx
    assert ctx is not None
    ctx.check_container_length(len(members))
    namespace: dict[str, Any] = cls.__dict__["ptc_namespace"]
    init = class_lookup(cls, "__init__")
    sequence = AutoSequence()
    for name, raw in members:
        ctx.charge(1)
        if isinstance(raw, Auto):
            raw = sequence.next_value(ctx, state, name)
        args: tuple[Any, ...] = raw if isinstance(raw, tuple) else (raw,)
        value = _data_value(state, raw, args)
        if state.kind == "flag":
            _check_flag_value(ctx, value)
        member = _new_member(cls, state, value)
        member.__dict__["name"] = name
        member.__dict__["value"] = value
        if isinstance(init, ProgramFunction):
            result = init(member, *args)
            if result is not None:
                raise TypeError(f"__init__() should return None, not {ptc_type_name(result)!r}")
        sequence.add(value)
        existing = _find(state, value)
        if existing is not _MISSING:
            state.members[name] = existing
            namespace[name] = existing
            continue
        if state.kind == "flag":
            bits = int(value)
            state.flag_mask |= bits
            if bits > 0 and bits & (bits - 1) == 0:
                state.singles_mask |= bits
            state.all_bits = 2 ** state.flag_mask.bit_length() - 1
            if bits > 0 and bits & (bits - 1) == 0:
                state.names.append(name)
        else:
            state.names.append(name)
        state.members[name] = member
        state.position[name] = len(state.position)
        namespace[name] = member
        if type(value) in _PLAIN_VALUES:
            charge_key(ctx, value)
            state.by_value[value] = member
        else:
            state.by_equality.append(member)


def _check_flag_value(ctx: RunContext, value: Any) -> None:
    if not isinstance(value, int):  # CPython fails adding it to the flag mask
        raise TypeError(f"unsupported operand type(s) for |=: 'int' and {ptc_type_name(value)!r}")
    ctx.check_int_bits(value.bit_length())


def _data_value(state: EnumState, raw: Any, args: tuple[Any, ...]) -> Any:
    """The member's value: the class body's, or what the data type makes of it (`IntEnum`:
    `int('1')` is 1, `int('x')` CPython's ValueError)."""
    data_type = state.data_type
    if data_type is None:
        return raw
    if data_type is str and state.repr_enum and (len(args) != 1 or not isinstance(args[0], str)):
        raise TypeError(f"{program_repr(args[0] if len(args) == 1 else args, state.ctx)} is not a string")
    if len(args) == 1 and isinstance(args[0], data_type):
        value = plain_value(args[0], data_type)
    elif len(args) <= _MOST_CONVERSION_ARGUMENTS and all(type(arg) in _CONVERTIBLE for arg in args):
        if any(type(arg) is str and len(arg) > _LONGEST_NUMBER_TEXT for arg in args):
            raise ValueError(
                f"Exceeds the limit ({_LONGEST_NUMBER_TEXT} digits) for integer string conversion"
            )
        value = data_type(*args)
    else:
        raise TypeError("_value_ not set in __new__, unable to create it")
    if type(value) is int and state.ctx is not None:
        state.ctx.check_int_bits(value.bit_length())
    return value


class AutoSequence:
    """The values an enum body has assigned so far, as `auto()` needs them (CPython's
    `_generate_next_value_` reads `last_values`), kept as they come so each `auto()` is O(1)."""

    __slots__ = ("all_numbers", "count", "largest", "last_number", "seen")

    def __init__(self) -> None:
        self.count = 0
        self.all_numbers = True
        self.largest: Any = None
        self.last_number: Any = None
        self.seen = 0
        """How many of the class body's bound names have been looked at (`ClassBody.values`)."""

    def add(self, value: Any) -> None:
        self.count += 1
        if type(value) in (int, bool, float):
            self.last_number = value
            self.largest = value if self.largest is None else max(self.largest, value)
        else:
            self.all_numbers = False

    def next_value(self, ctx: RunContext, state: EnumState, name: str) -> Any:
        """`auto()`'s value: a flag's next power of two, a `StrEnum`'s lowercased name, else the
        largest value plus one (or, when the values do not sort, the last number plus one)."""
        if state.kind == "flag":
            if not self.count:
                return 1
            if not self.all_numbers or type(self.largest) is float:
                raise TypeError("invalid flag value: flag values must be integers")
            ctx.check_int_bits(int(self.largest).bit_length() + 1)
            return 2 ** int(self.largest).bit_length() if self.largest > 0 else 1
        if state.data_type is str and state.repr_enum:
            return name.lower()
        if not self.count:
            return 1
        if self.all_numbers:
            return self.largest + 1
        return 1 if self.last_number is None else self.last_number + 1


def auto(ctx: RunContext) -> Any:
    """`auto()`: in an enum class body, the next value now (CPython 3.11 makes it when the name is
    assigned, so `BOTH = READ | WRITE` works), except for a `StrEnum`, whose value is the name being
    assigned: that one, and an `auto()` made elsewhere, is resolved when the class is made."""
    if ctx.class_bodies:
        body = ctx.class_bodies[-1]
        enum_bases = [base for base in body.bases if _is_enum_class(base)]
        if enum_bases:
            state = state_of(enum_bases[-1])
            if not (state.data_type is str and state.repr_enum):
                if body.builder_state is None:
                    body.builder_state = AutoSequence()
                sequence = cast("AutoSequence", body.builder_state)
                bound = body.bound_so_far()
                for name, value in bound[sequence.seen :]:
                    if name[:2] != "__" and not isinstance(value, (*_DESCRIPTORS, Auto)):
                        sequence.add(value)
                sequence.seen = len(bound)
                return sequence.next_value(ctx, state, "")
    return Auto()


# -- the functional API and unique -----------------------------------------------------------------


def _functional(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """`Enum('Color', 'RED GREEN')`, `Enum('Color', ['RED', 'GREEN'])`, `Enum('Color', {'RED': 1})`."""
    state = state_of(cls)
    if state.members and args:
        raise TypeError(f"<enum {program_repr(args[0], state.ctx)}> cannot extend {cls!r}")
    allowed = {"start", "names"}
    unknown = [key for key in kwargs if key not in allowed]
    if unknown:
        raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {unknown[0]!r}")
    if not args:
        raise TypeError(f"{cls.__name__}() missing 1 required positional argument: 'value'")
    class_name = args[0]
    names = args[1] if len(args) > 1 else kwargs.get("names", _MISSING)
    if len(args) > 2 or names is _MISSING:
        raise TypeError(f"{cls!r} has no members defined")
    start = kwargs.get("start", 1)
    if type(class_name) is not str or len(class_name) > _LONGEST_NAME:
        raise TypeError(f"the enum's name must be a string of at most {_LONGEST_NAME} characters")
    ctx = state.ctx
    assert ctx is not None
    if isinstance(names, str):
        ctx.charge(len(names) // _NAMES_PER_STEP + 1)
        names = names.replace(",", " ").split()
    pairs: list[tuple[Any, Any]]
    if isinstance(names, dict):
        ctx.check_container_length(len(names))
        ctx.charge(len(names) + 1)
        pairs = list(names.items())
    else:
        items = materialize(ctx, names)
        ctx.check_container_length(len(items))
        ctx.charge(len(items) + 1)
        if items and all(isinstance(item, str) for item in items):
            pairs = _numbered(ctx, state, [str.__str__(item) for item in items], start)
        else:
            pairs = []
            for item in items:
                if not isinstance(item, tuple | list) or len(item) != 2:
                    raise TypeError(
                        "names must be a string, an iterable of names or of (name, value) pairs, or a mapping"
                    )
                pairs.append((item[0], item[1]))
    namespace: dict[str, Any] = {}
    for key, value in pairs:
        if type(key) is not str or key[:1] == "_" or len(key) > _LONGEST_NAME:
            raise ValueError(
                f"invalid enum member name: {program_repr(key, ctx)} (a name is a string, "
                f"at most {_LONGEST_NAME} characters, not starting with '_')"
            )
        if key in namespace:
            raise TypeError(f"{key!r} already defined as {program_repr(namespace[key], ctx)}")
        namespace[key] = value
    return build_enum_class(ClassSpec(class_name, class_name, (cls,), namespace, (), {}, ctx))


def _numbered(ctx: RunContext, state: EnumState, names: list[str], start: Any) -> list[tuple[Any, Any]]:
    """Names given to the functional API without values, numbered from `start` as `auto()` would."""
    if state.data_type is str and state.repr_enum:
        return [(name, name.lower()) for name in names]
    if state.kind != "flag":
        return [(name, start + count) for count, name in enumerate(names)]
    if not isinstance(start, int):
        raise TypeError("a flag's start must be an integer")
    ctx.check_int_bits(start.bit_length() + len(names))
    return [
        (name, start if count == 0 else 2 ** (start.bit_length() + count - 1))
        for count, name in enumerate(names)
    ]


def unique(enumeration: Any) -> Any:
    """`@unique`: refuses an enum with aliases, naming each as CPython does."""
    if not _is_enum_class(enumeration):
        raise TypeError("unique() only works on enum classes")
    state = state_of(enumeration)
    if state.ctx is not None:
        state.ctx.charge(len(state.members) + 1)
    duplicates = [
        (name, _name_of(member)) for name, member in state.members.items() if _name_of(member) != name
    ]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


# -- the module ----------------------------------------------------------------------------------------


def _library_class(
    ctx: RunContext, name: str, bases: tuple[type, ...], state: EnumState, host_base: type
) -> Any:
    """One of `Enum`, `IntEnum`, ... for one run (a class a program may subclass and even change)."""
    real_bases = (*bases, host_base) if not any(issubclass(base, host_base) for base in bases) else bases
    cls = EnumMeta(
        name,
        real_bases,
        {
            "ptc_namespace": {},
            "__module__": "program",
            "ptc_name": name,
            "ptc_annotated": (),
            "ptc_enum": state,
            "ptc_qualname": name,
        },
    )
    _install_dunders(cls, {}, state, library=True)
    return cls


def _no_metaclass_call(*args: Any, **kwargs: Any) -> Any:
    raise TypeError("EnumType() does not make classes here: write a class statement (class Color(Enum): ...)")


def make_module(ctx: RunContext) -> ShimModule:
    enum = _library_class(ctx, "Enum", (), EnumState("enum", None, False, False, ctx), EnumMember)
    repr_enum = _library_class(
        ctx, "ReprEnum", (enum,), EnumState("enum", None, True, False, ctx), EnumMember
    )
    int_enum = _library_class(
        ctx, "IntEnum", (int, repr_enum), EnumState("enum", int, True, False, ctx), EnumMember
    )
    str_enum = _library_class(
        ctx, "StrEnum", (str, repr_enum), EnumState("enum", str, True, False, ctx), EnumMember
    )
    flag = _library_class(ctx, "Flag", (enum,), EnumState("flag", None, False, False, ctx), FlagMember)
    int_flag = _library_class(
        ctx, "IntFlag", (int, repr_enum, flag), EnumState("flag", int, True, True, ctx), FlagMember
    )
    enum_type = NativeClass("enum.EnumType", EnumMeta, _no_metaclass_call)
    return ShimModule(
        "enum",
        {
            "Enum": enum,
            "ReprEnum": repr_enum,
            "IntEnum": int_enum,
            "StrEnum": str_enum,
            "Flag": flag,
            "IntFlag": int_flag,
            "EnumType": enum_type,
            "EnumMeta": enum_type,
            "auto": native("auto", partial(auto, ctx)),
            "unique": native("unique", unique),
        },
    )
