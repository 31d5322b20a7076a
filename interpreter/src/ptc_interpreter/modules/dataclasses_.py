"""The program's `dataclasses`: `@dataclass` on program classes, `field`, `fields`, `asdict`,
`astuple`, `replace`, `is_dataclass`, `FrozenInstanceError`.

Models declare their records as dataclasses as often as they use dicts. CPython's `dataclasses`
builds its methods by `exec`-ing generated source, which the interpreter never does; here the
generated `__init__`, `__repr__`, `__eq__`, ordering and `__hash__` are host functions closed over
the field list, installed on the program class the way `make_class` installs a program's own
dunders, and kept in the class's program namespace so `super().__init__(...)` finds them. Fields
come from the class body's annotations in order (`ptc_annotated`, recorded by the compiler), after
those of dataclass bases. Reprs go through `program_repr`, so they are charged and bounded like any
other repr; `asdict`/`astuple` charge per element and deep-copy other values with the `copy` shim.
Not supported: `InitVar`, `KW_ONLY`, `slots=True`, `make_dataclass`; `Field.type` is not kept.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any

from ..builtins.hashing import hash_
from ..runtime import operators
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import charge_entries, charge_key
from ..runtime.native import NativeFunction, missing_arguments, too_many_positional
from ..runtime.objects import BindsAsMethod, ProgramClassMeta, ProgramInstance, class_lookup
from ..runtime.registry import CONSTANT, Property, named_for_programs
from ..runtime.reprs import program_repr
from .collections_ import NamedTupleBase
from .copy_ import deep_copy
from .support import bind_keywords, functions

if TYPE_CHECKING:
    from ..runtime.context import RunContext

FrozenInstanceError = dataclasses.FrozenInstanceError


class _Missing(PtcObject):
    """What `field().default` reads when a field has no default (CPython's `dataclasses.MISSING`).
    Not CPython's sentinel, a host object with a writable `__dict__` shared by the whole process."""

    __slots__ = ()
    ptc_name = "dataclasses.MISSING"

    def __repr__(self) -> str:
        return "<dataclasses.MISSING>"


_NO_DEFAULT: Any = _Missing()


class Field(PtcObject):
    """What `field(...)` returns in a class body, and what `fields(...)` lists."""

    __slots__ = ("compare", "default", "default_factory", "init", "kw_only", "name", "repr")
    ptc_name = "Field"

    def __init__(
        self,
        *,
        default: Any = _NO_DEFAULT,
        default_factory: Any = _NO_DEFAULT,
        init: bool = True,
        repr: bool = True,
        hash: Any = None,
        compare: bool = True,
        metadata: Any = None,
        kw_only: bool = False,
    ) -> None:
        if hash is not None:
            raise TypeError(
                "field(hash=...) is not supported here: the generated __hash__ covers the fields"
                " compared (compare=); write __hash__ yourself to choose others"
            )
        if metadata is not None:
            raise TypeError(
                "field(metadata=...) is not supported here: keep such data in a dict of your own,"
                " keyed by the field's name"
            )
        if default is not _NO_DEFAULT and default_factory is not _NO_DEFAULT:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""  # set when the class is made (the program reads None until then, as in CPython)
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT and self.default_factory is _NO_DEFAULT

    def __repr__(self) -> str:
        return f"Field(name={self.name!r})"


Field.ptc_table = {
    **{
        name: Property(operator.attrgetter(name), CONSTANT)
        for name in ("default", "default_factory", "init", "repr", "compare", "kw_only")
    },
    "name": Property(lambda field: field.name or None, CONSTANT),
    "hash": Property(lambda field: None, CONSTANT),  # field(hash=...) is refused, so always None
}


@named_for_programs
class _GeneratedMethod(NativeFunction, BindsAsMethod):
    """A method `@dataclass` generated, as the program finds it on the class (`Cls.__init__`,
    `super().__init__`): called with the instance first, like a program function.

    The generated code reads and writes its receiver's `__dict__` directly, so the receiver must be
    an instance of the class it was generated for: `D.__init__(re.I, ...)` or `D.__init__(e, ...)`
    would otherwise write into a host object, or an exception's interpreter state."""

    __slots__ = ("owner",)

    def __init__(self, name: str, function: Callable[..., Any], owner: type) -> None:
        super().__init__(name, function)
        self.owner = owner

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        owner = self.owner
        if not args:
            raise TypeError(f"descriptor {self.name!r} of {owner.__name__!r} object needs an argument")
        if not isinstance(args[0], owner):
            raise TypeError(
                f"descriptor {self.name!r} for {owner.__name__!r} objects doesn't apply to a "
                f"{ptc_type_name(args[0])!r} object"
            )
        return NativeFunction.__call__(self, *args, **kwargs)


def _fields_of(cls: type) -> dict[str, Field]:
    return cls.__dict__.get("ptc_dataclass_fields") or _inherited_fields(cls)


def _inherited_fields(cls: type) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        fields.update(base.__dict__.get("ptc_dataclass_fields", {}))
    return fields


def _is_dataclass_class(value: Any) -> bool:
    return isinstance(value, ProgramClassMeta) and any(
        "ptc_dataclass_fields" in k.__dict__ for k in value.__mro__
    )


def _collect_fields(cls: type) -> dict[str, Field]:
    """The class's fields: its bases' first, then its own annotations in order (§ CPython's
    `_process_class`). Class attributes become the defaults; a `field(...)` becomes the field."""
    fields = _inherited_fields(cls)
    namespace: dict[str, Any] = cls.__dict__["ptc_namespace"]
    for name in cls.__dict__.get("ptc_annotated", ()):
        value = namespace.get(name, _NO_DEFAULT)
        field = value if isinstance(value, Field) else Field(default=value)
        field.name = name
        if type(field.default).__hash__ is None:  # CPython's test for a mutable default
            raise ValueError(
                f"mutable default {ptc_type_name(field.default)!r} for field {name} is not allowed: use default_factory"
            )
        if isinstance(value, Field):
            if field.default is _NO_DEFAULT:
                del namespace[name]
            else:
                namespace[name] = field.default
        fields[name] = field
    return fields


def _check_default_order(fields: dict[str, Field]) -> None:
    seen_default = False
    for field in fields.values():
        if not field.init or field.kw_only:
            continue
        if not field.required:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {field.name!r} follows default argument")


INIT_BASE_STEPS = 2
"""A generated `__init__` binds its arguments in Python (a few microseconds, as a program-written
`__init__` of the same fields costs): it is charged this plus a step per field, beyond its call."""


def _make_init(ctx: RunContext, cls: type, fields: dict[str, Field]) -> Callable[..., None]:
    qualname = f"{cls.__name__}.__init__"
    positional = [f for f in fields.values() if f.init and not f.kw_only]
    keyword_only = [f for f in fields.values() if f.init and f.kw_only]
    by_name = {f.name: f for f in [*positional, *keyword_only]}
    not_in_init = [f for f in fields.values() if not f.init and not f.required]
    fewest = 1 + sum(1 for f in positional if f.required)  # counting `self`, as CPython's message does
    most = 1 + len(positional)

    steps = INIT_BASE_STEPS + len(fields)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        ctx.charge(steps)
        values = {field.name: value for field, value in zip(positional, args, strict=False)}
        # CPython binds the keywords before it counts the positional arguments: `Point(1, 2, 3, y=4)`
        # says "got multiple values for argument 'y'"
        bind_keywords(qualname, values, kwargs, by_name)
        if len(args) > len(positional):
            raise too_many_positional(
                qualname, most, most - fewest, len(args) + 1, [f.name for f in keyword_only], kwargs
            )
        missing = [f.name for f in positional if f.name not in values and f.required]
        if missing:
            raise missing_arguments(qualname, missing)
        missing = [f.name for f in keyword_only if f.name not in values and f.required]
        if missing:
            raise missing_arguments(qualname, missing, "keyword-only")
        attributes = self.__dict__  # as CPython's generated __init__: frozen or not, fields are set directly
        for field in [*by_name.values(), *not_in_init]:
            if field.name in values:
                attributes[field.name] = values[field.name]
            elif field.default_factory is not _NO_DEFAULT:
                attributes[field.name] = field.default_factory()
            elif field.default is not _NO_DEFAULT:
                attributes[field.name] = field.default
        post_init = class_lookup(type(self), "__post_init__")
        if callable(post_init):
            post_init(self)

    return __init__


def _make_repr(ctx: RunContext, fields: dict[str, Field]) -> Callable[[Any], str]:
    shown = [f.name for f in fields.values() if f.repr]
    running: set[int] = set()  # CPython's `reprlib.recursive_repr`: a cycle back to self shows '...'

    def __repr__(self: Any) -> str:
        marker = id(self)
        if marker in running:
            return "..."
        running.add(marker)
        try:
            inner = ", ".join(f"{name}={program_repr(_field_value(ctx, self, name), ctx)}" for name in shown)
        finally:
            running.discard(marker)
        return f"{type(self).__name__}({inner})"

    __repr__.ptc_repr_fields = tuple(shown)  # pyright: ignore[reportFunctionMemberAccess] - pprint reads it
    return __repr__


def generated_repr_fields(value: object) -> tuple[str, ...] | None:
    """The fields a dataclass instance's generated `__repr__` shows (what `pprint` lays out one per
    line), or None when `value` is no dataclass instance or its class wrote its own `__repr__`."""
    return getattr(type(value).__repr__, "ptc_repr_fields", None)


def _field_value(ctx: RunContext, instance: Any, name: str) -> Any:
    """`instance.name` as a generated method reads it (`self.name`): a field its `__init__` did not
    set is the class's default, or CPython's AttributeError."""
    attributes = instance.__dict__
    if name in attributes:
        return attributes[name]
    return type(instance).ptc_getattr(instance, ctx, name)


def _compared(ctx: RunContext, fields: dict[str, Field]) -> Callable[[Any], tuple[Any, ...]]:
    names = [f.name for f in fields.values() if f.compare]

    def key(instance: Any) -> tuple[Any, ...]:
        attributes = instance.__dict__
        if all(name in attributes for name in names):
            return tuple(map(attributes.__getitem__, names))
        return tuple(_field_value(ctx, instance, name) for name in names)

    return key


GENERATED_COMPARISON_STEPS = 2
"""A generated `__eq__`/`__lt__` call is Python work (two field tuples built and compared, ~1.5 µs)
beyond the step its caller charges: `D(-1) in big` over dataclass instances spent 2.6 µs per step
when each comparison cost one."""

FIELDS_PER_STEP = 8
"""Fields a generated comparison reads (twice, into tuples) and compares per step beyond its two: the
tuples are built at C speed, ~50 ns a field, so a 3,000-field `a == b` in a loop ran 72 times the
calibration loop's CPU per step when the comparison cost two whatever its width."""

_SCALAR_TYPES: frozenset[type[Any]] = frozenset({int, float, bool, type(None)})
"""Fields whose comparison costs nothing beyond the call (compared natively at once)."""


def _make_comparison(
    ctx: RunContext,
    key: Callable[[Any], tuple[Any, ...]],
    compare: Callable[[RunContext, Any, Any], Any],
    native: Callable[[Any, Any], Any],
) -> Callable[..., Any]:
    """`__eq__`/`__lt__`…: the field tuples compared as the program's own `==`/`<` compares them,
    charged by their size (a big tuple field is walked natively on every comparison); `native`
    compares tuples of scalars, which cost no more than the call."""

    def method(self: Any, other: Any) -> Any:
        if type(other) is not type(self):
            return NotImplemented
        mine, theirs = key(self), key(other)
        ctx.charge(GENERATED_COMPARISON_STEPS + len(mine) // FIELDS_PER_STEP)
        if _SCALAR_TYPES.issuperset(map(type, mine)) and _SCALAR_TYPES.issuperset(map(type, theirs)):
            return native(mine, theirs)
        return compare(ctx, mine, theirs)

    return method


GENERATED_EQ_COMPARISON = 64
"""A generated `__eq__` call costs microseconds (it builds both field tuples and compares them as the
program's `==` does): as 64 int comparisons, 8 steps (`runtime.collisions`)."""


def _make_hash(ctx: RunContext, key: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    """`__hash__`: the field tuple's process-independent hash (as `hash()` gives it to the program),
    charged as a dict key of that tuple is (`charge_key`); instances whose hashes collide are
    compared by the generated `__eq__`, a Python call (`GENERATED_EQ_COMPARISON`)."""

    def __hash__(self: Any) -> int:
        fields = key(self)
        charge_key(ctx, fields, GENERATED_EQ_COMPARISON)
        return hash_(ctx, fields)

    return __hash__


def _frozen(cls: type, fields: Collection[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    """CPython's frozen `__setattr__`/`__delattr__`: refused on the dataclass's own instances, and
    for its fields on a subclass's (which inherits them); anything else is set as usual."""

    def frozen_setattr(self: Any, ctx: RunContext, name: str, value: Any) -> None:
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        ProgramInstance.ptc_setattr(self, ctx, name, value)

    def frozen_delattr(self: Any, ctx: RunContext, name: str) -> None:
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        ProgramInstance.ptc_delattr(self, ctx, name)

    return frozen_setattr, frozen_delattr


def _install(cls: type, name: str, function: Callable[..., Any]) -> None:
    """Make `function` the class's `name`: the Python dunder CPython calls (`Cls(...)`, `==`,
    `repr`) and the program-namespace entry programs look up."""
    type.__setattr__(cls, name, function)
    cls.__dict__["ptc_namespace"][name] = _GeneratedMethod(name, function, cls)


def _process(ctx: RunContext, cls: Any, options: Mapping[str, bool]) -> Any:
    if not isinstance(cls, ProgramClassMeta) or not issubclass(cls, ProgramInstance):
        raise TypeError(
            f"dataclass() should be applied to a class defined in the program, not {ptc_type_name(cls)!r}"
        )
    if issubclass(cls, BaseException):
        raise TypeError("dataclass() cannot be applied to exception classes here: define __init__ instead")
    init, repr_, eq, order, frozen, unsafe_hash, kw_only, match_args = (
        options[name] for name in _DATACLASS_OPTIONS
    )
    fields = _collect_fields(cls)
    if kw_only:
        for field in fields.values():
            if field.name in cls.__dict__.get("ptc_annotated", ()):
                field.kw_only = True
    _check_default_order(fields)
    for base in cls.__mro__[1:]:
        base_frozen = base.__dict__.get("ptc_dataclass_frozen")
        if base_frozen is not None and base_frozen != frozen:
            this, that = ("frozen", "non-frozen") if frozen else ("non-frozen", "frozen")
            raise TypeError(f"cannot inherit {this} dataclass from a {that} one")
    type.__setattr__(cls, "ptc_dataclass_fields", fields)
    type.__setattr__(cls, "ptc_dataclass_frozen", frozen)
    if match_args:  # CPython's `__match_args__`: `case Point(x, y):` reads these fields in order
        positional = tuple(f.name for f in fields.values() if f.init and not f.kw_only)
        type.__setattr__(cls, "ptc_match_args", positional)
    own: dict[str, Any] = cls.__dict__["ptc_namespace"]
    if init and "__init__" not in own:
        _install(cls, "__init__", _make_init(ctx, cls, fields))
    if repr_ and "__repr__" not in own:
        _install(cls, "__repr__", _make_repr(ctx, fields))
    key = _compared(ctx, fields)
    if eq and "__eq__" not in own:
        _install(cls, "__eq__", _make_comparison(ctx, key, operators.eq, operator.eq))
    if order:
        for name, compare, native in (
            ("__lt__", operators.lt, operator.lt),
            ("__le__", operators.le, operator.le),
            ("__gt__", operators.gt, operator.gt),
            ("__ge__", operators.ge, operator.ge),
        ):
            if name in own:
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering"
                )
            _install(cls, name, _make_comparison(ctx, key, compare, native))
    if frozen:
        frozen_setattr, frozen_delattr = _frozen(cls, frozenset(_fields_of(cls)))
        type.__setattr__(cls, "ptc_setattr", frozen_setattr)
        type.__setattr__(cls, "ptc_delattr", frozen_delattr)
    if "__hash__" not in own:
        if unsafe_hash or (eq and frozen):
            _install(cls, "__hash__", _make_hash(ctx, key))
        elif eq:
            type.__setattr__(cls, "__hash__", None)
    return cls


def _as_data(ctx: RunContext, value: Any, as_dict: bool) -> Any:
    """`asdict`/`astuple`'s recursion: dataclass instances become dicts (tuples), containers are
    rebuilt around converted items, anything else is deep-copied (as CPython does). Each element
    visited is a Python-level call here, so it costs a step, as a `deepcopy` element does."""
    kind: Any = type(value)
    if kind in _SCALARS:
        return value
    if isinstance(value, ProgramInstance) and _is_dataclass_class(kind):
        fields = _fields_of(kind)
        charge_entries(ctx, len(fields))
        items = [(name, _as_data(ctx, _field_value(ctx, value, name), as_dict)) for name in fields]
        return dict(items) if as_dict else tuple(item for _, item in items)
    data: Any = value  # not a dataclass instance: plain data, or a value to copy
    if isinstance(data, NamedTupleBase):
        charge_entries(ctx, len(data))
        return kind([_as_data(ctx, item, as_dict) for item in data])  # the class takes one iterable
    if kind is list or kind is tuple:
        charge_entries(ctx, len(data))
        return kind(_as_data(ctx, item, as_dict) for item in data)
    if kind is dict:
        charge_entries(ctx, 2 * len(data))
        return {_as_data(ctx, k, as_dict): _as_data(ctx, v, as_dict) for k, v in data.items()}
    return deep_copy(ctx, data)


_DATACLASS_OPTIONS: Mapping[str, bool] = {
    "init": True,
    "repr": True,
    "eq": True,
    "order": False,
    "frozen": False,
    "unsafe_hash": False,
    "kw_only": False,
    "match_args": True,
}
"""`@dataclass(...)`'s options and their defaults, in the order `_process` reads them."""

_SCALARS = frozenset({int, float, str, bool, type(None), bytes})
"""Immutable leaves `deepcopy` would return as they are."""


def make_module(ctx: RunContext) -> ShimModule:
    def dataclass(cls: Any = None, /, **options: bool) -> Any:
        for name in options:
            if name not in _DATACLASS_OPTIONS:
                raise TypeError(f"dataclass() got an unexpected keyword argument {name!r}")
        chosen = {**_DATACLASS_OPTIONS, **options}
        if chosen["order"] and not chosen["eq"]:
            raise ValueError("eq must be true if order is true")
        if cls is None:
            return NativeFunction("dataclass", lambda cls: _process(ctx, cls, chosen))  # pyright: ignore[reportUnknownLambdaType]
        return _process(ctx, cls, chosen)

    def fields(class_or_instance: Any) -> tuple[Field, ...]:
        cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
        if not _is_dataclass_class(cls):
            raise TypeError("must be called with a dataclass type or instance")
        return tuple(_fields_of(cls).values())

    def is_dataclass(obj: Any) -> bool:  # CPython's parameter names (`obj=` a keyword)
        return _is_dataclass_class(obj if isinstance(obj, type) else type(obj))

    def instance_of_dataclass(value: Any, function: str) -> Any:
        if isinstance(value, type) or not is_dataclass(value):
            raise TypeError(f"{function}() should be called on dataclass instances")
        return value

    def asdict(obj: Any) -> dict[str, Any]:
        return _as_data(ctx, instance_of_dataclass(obj, "asdict"), as_dict=True)

    def astuple(obj: Any) -> tuple[Any, ...]:
        return _as_data(ctx, instance_of_dataclass(obj, "astuple"), as_dict=False)

    def replace(instance: Any, /, **changes: Any) -> Any:
        instance_of_dataclass(instance, "replace")
        cls: Any = type(instance)
        arguments: dict[str, Any] = {}
        for field in _fields_of(cls).values():
            if not field.init:
                if field.name in changes:
                    raise ValueError(
                        f"field {field.name} is declared with init=False, it cannot be specified with replace()"
                    )
                continue
            if field.name not in changes:
                arguments[field.name] = _field_value(ctx, instance, field.name)
        return cls(**arguments, **changes)

    members: dict[str, Any] = functions(
        {
            "dataclass": dataclass,
            "field": Field,
            "fields": fields,
            "asdict": asdict,
            "astuple": astuple,
            "replace": replace,
            "is_dataclass": is_dataclass,
        }
    )
    members["FrozenInstanceError"] = FrozenInstanceError
    return ShimModule("dataclasses", members)
