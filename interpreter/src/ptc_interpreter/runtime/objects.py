"""Interpreter-owned callables and classes: what `def`, `lambda`, `async def` and `class` produce.

Program functions are plain Python callables (so native `sorted(key=...)`, `map` and `filter` can
call them), but their compiled body, frame layout and closure cells stay on a `FunctionCode` the
program cannot reach. Program classes are *real* Python classes created through
`ProgramClassMeta`, so `==`, `<`, `in`, `len`, `hash`, dict keys, `sorted` and `except` clauses are
CPython's own; the dunders a program defines are installed as Python dunders that call the program
function. Attribute access from programs never uses Python's attribute machinery on these objects:
it goes through the `PtcObject` hooks below, which only see the program's own namespace.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ..errors import PtcLimitError
from .allowlist import PtcObject, ptc_type_name
from .exceptions import leaving_program_generator
from .native import NativeFunction
from .registry import (
    CALLBACK,
    CONSTANT,
    USER_DUNDERS,
    Method,
    Property,
    TypeTable,
    annotations_refusal,
    dict_refusal,
    private_name,
)

if TYPE_CHECKING:
    from ..errors import SourceSpan
    from .context import RunContext


class _Unbound:
    """Marks a slot whose variable has not been assigned (or was deleted)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<unbound>"


UNBOUND: Any = _Unbound()


class Cell:
    """A variable shared between a function and the closures defined inside it."""

    __slots__ = ("value",)

    def __init__(self, value: Any = UNBOUND) -> None:
        self.value = value


class InlineCall:
    """What a call site needs to do `invoke1`'s work itself, saving a Python call per program call:
    for a plain `def` or `lambda` of exactly one positional parameter and no cells.

    The site builds the frame `[None, argument, *pad]`, charges a step and checks the recursion
    depth as `invoke1` does (an error there is the call's), then runs `body`; an exception leaving
    the body is noted at `statement` (when set) and closes the frame named `name`."""

    __slots__ = ("body", "depth_exceeded", "name", "pad", "returns_value", "statement")

    def __init__(
        self,
        body: Callable[[list[Any]], Any],
        pad: list[Any],
        returns_value: bool,
        statement: Any,
        name: str,
        depth_exceeded: Callable[[], BaseException],
    ) -> None:
        self.body = body
        self.pad = pad
        self.returns_value = returns_value
        """The body is the function's `return` expression (else a block leaving it in slot 0)."""
        self.statement = statement
        self.name = name
        self.depth_exceeded = depth_exceeded
        """Makes the error for a call past `max_recursion_depth`."""


class FunctionCode:
    """The compiled, per-run part of a program function (shared by every closure made from one `def`).

    `invoke(function, args, kwargs)` is produced by the compiler: it binds the arguments to a fresh
    frame and runs the body (or, for `async def`, returns a `ProgramCoroutine`).
    """

    __slots__ = ("annotations", "doc", "inline1", "invoke", "invoke1", "is_async", "name", "qualname", "span")

    def __init__(
        self,
        name: str,
        qualname: str,
        span: SourceSpan,
        is_async: bool,
        invoke: Callable[[ProgramFunction, tuple[Any, ...], dict[str, Any] | None], Any],
        doc: str | None = None,
    ) -> None:
        self.name = name
        self.doc = doc
        """The function's docstring as written (CPython 3.11 keeps its indentation), or None."""
        self.annotations: dict[str, str] | None = None
        """Its annotations as source text (`from __future__ import annotations`), else None."""
        self.qualname = qualname
        self.span = span
        self.is_async = is_async
        self.invoke = invoke
        self.invoke1: Callable[[ProgramFunction, Any], Any] = self._invoke_one
        """`invoke(function, (a,), None)`; the compiler installs a faster one where it can."""
        self.inline1: InlineCall | None = None
        """Set where `invoke1` can be inlined into a call site."""

    def _invoke_one(self, function: ProgramFunction, a: Any) -> Any:
        return self.invoke(function, (a,), None)


class ProgramFunction(PtcObject):
    """A function or lambda the program defined; like CPython's, it can carry attributes of the
    program's own (`counter.calls = 0`)."""

    __slots__ = ("attributes", "closure", "code", "defaults", "kwdefaults", "owner")
    ptc_name = "function"
    ptc_private_names = True

    def __init__(
        self,
        code: FunctionCode,
        defaults: tuple[Any, ...],
        kwdefaults: dict[str, Any],
        closure: tuple[Cell, ...],
    ) -> None:
        self.code = code
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.closure = closure
        self.owner: type | None = None
        """The class whose body defined this function (for zero-argument `super()`)."""
        self.attributes: dict[str, Any] | None = None
        """Attributes the program set on the function (made on the first one)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.code.invoke(self, args, kwargs or None)

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        if name == "__name__":
            return self.code.name
        if name == "__doc__":
            return self.code.doc
        if name == "__annotations__":
            if self.code.annotations is None:
                raise annotations_refusal()
            if self.attributes is None:
                self.attributes = {}
            # one dict per function, as CPython's (a program's writes to it stay in it)
            return self.attributes.setdefault(name, dict(self.code.annotations))
        attributes = self.attributes
        if attributes is not None and name in attributes:
            return attributes[name]
        return PtcObject.ptc_getattr(self, ctx, name)

    def ptc_setattr(self, ctx: RunContext, name: str, value: Any) -> None:
        if name[0] == "_" and not private_name(name):
            raise AttributeError(f"'function' object attribute {name!r} is read-only")
        if self.attributes is None:
            self.attributes = {}
        self.attributes[name] = value

    def ptc_delattr(self, ctx: RunContext, name: str) -> None:
        if self.attributes is None or name not in self.attributes:
            raise AttributeError(f"'function' object has no attribute {name!r}")
        del self.attributes[name]

    def __repr__(self) -> str:
        return f"<function {self.code.qualname}>"


class ProgramCoroutine(PtcObject):
    """What calling an `async def` returns: the body, not yet started, awaitable exactly once."""

    __slots__ = ("gen", "name")
    ptc_name = "coroutine"

    def __init__(self, gen: Generator[Any, Any, Any], name: str) -> None:
        self.gen: Generator[Any, Any, Any] | None = gen
        self.name = name

    def take(self) -> Generator[Any, Any, Any]:
        gen = self.gen
        if gen is None:
            raise RuntimeError("cannot reuse already awaited coroutine")
        self.gen = None
        return gen

    def __repr__(self) -> str:
        return f"<coroutine {self.name}>"


class ProgramGenerator(PtcObject):
    """A generator expression or a generator function's result: iterable once; `send`, `throw` and
    `close` are its only attributes (`send`/`throw` are also what `yield from` forwards through)."""

    __slots__ = ("iterator", "name")
    ptc_name = "generator"

    def __init__(self, iterator: Iterator[Any], name: str = "<genexpr>") -> None:
        self.iterator = iterator
        self.name = name

    def __iter__(self) -> ProgramGenerator:
        return self

    # A `StopIteration` the body raised leaves as PEP 479's RuntimeError, marked as the program's
    # own (`leaving_program_generator`) so that nothing looks through it to the StopIteration.
    def __next__(self) -> Any:
        try:
            return next(self.iterator)
        except RuntimeError as error:
            raise leaving_program_generator(error, "generator")  # noqa: B904 - the same error, or PEP 479's

    # Both producers (generator functions and generator expressions) hand over Python generators.
    def send(self, value: Any) -> Any:
        try:
            return cast("Generator[Any, Any, Any]", self.iterator).send(value)
        except RuntimeError as error:
            raise leaving_program_generator(error, "generator")  # noqa: B904 - the same error, or PEP 479's

    def throw(self, exception: Any) -> Any:
        if not (isinstance(exception, BaseException) or _is_exception_class(exception)):
            raise TypeError("exceptions must be classes or instances deriving from BaseException")
        try:
            return cast("Generator[Any, Any, Any]", self.iterator).throw(exception)
        except RuntimeError as error:
            raise leaving_program_generator(error, "generator")  # noqa: B904 - the same error, or PEP 479's

    def close(self) -> None:
        cast("Generator[Any, Any, Any]", self.iterator).close()

    ptc_table: ClassVar[TypeTable] = {
        "send": Method(send, CALLBACK),
        "throw": Method(throw, CALLBACK),
        "close": Method(close, CALLBACK),
    }

    def __repr__(self) -> str:
        return f"<generator object {self.name}>"


def _is_exception_class(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseException)


class BoundMethod(PtcObject):
    """`obj.method` for a program method: calls the function with `obj` first."""

    __slots__ = ("function", "receiver")
    ptc_name = "method"

    def __init__(self, function: Callable[..., Any], receiver: Any) -> None:
        self.function = function
        self.receiver = receiver

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(self.receiver, *args, **kwargs)

    def __eq__(self, other: object) -> bool:
        """As CPython's: the same object (by identity) and the same function; `a.m == a.m`."""
        if type(other) is not BoundMethod:
            return NotImplemented
        return self.receiver is other.receiver and self.function is other.function

    def __hash__(self) -> int:
        return hash((id(self.receiver), id(self.function)))

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        if name == "__doc__" and isinstance(self.function, ProgramFunction):
            return self.function.code.doc
        return PtcObject.ptc_getattr(self, ctx, name)

    def __repr__(self) -> str:
        name = self.function.code.qualname if isinstance(self.function, ProgramFunction) else "method"
        return f"<bound method {name} of {ptc_type_name(self.receiver)} object>"


class StaticMethod(PtcObject):
    """`@staticmethod` in a class body: looked up without binding."""

    __slots__ = ("function",)
    ptc_name = "staticmethod"

    def __init__(self, function: Any) -> None:
        self.function = function

    def __repr__(self) -> str:
        return "<staticmethod>"


class ClassMethod(PtcObject):
    """`@classmethod` in a class body: bound to the class."""

    __slots__ = ("function",)
    ptc_name = "classmethod"

    def __init__(self, function: Any) -> None:
        self.function = function

    def __repr__(self) -> str:
        return "<classmethod>"


class BindsAsMethod:
    """Mixin for interpreter-owned callables that, like a program function, become a bound method
    when found on a class through an instance (CPython's `lru_cache` wrapper is such a descriptor)."""

    __slots__ = ()


class CachedProperty(PtcObject):
    """`@functools.cached_property` in a class body: computed on first access, then an attribute."""

    __slots__ = ("function",)
    ptc_name = "functools.cached_property"

    def __init__(self, function: Any) -> None:
        self.function = function

    def __repr__(self) -> str:
        return "<functools.cached_property>"


class ProgramProperty(PtcObject):
    """`@property` in a class body (getter only, plus `@x.setter`)."""

    __slots__ = ("getter", "setter")
    ptc_name = "property"

    def __init__(self, getter: Any, setter: Any = None) -> None:
        self.getter = getter
        self.setter = setter

    def with_setter(self, setter: Any) -> ProgramProperty:
        """`@x.setter`: the same property, with `setter`."""
        return ProgramProperty(self.getter, setter)

    ptc_table: ClassVar[TypeTable] = {"setter": Method(with_setter, CONSTANT)}

    def __repr__(self) -> str:
        return "<property>"


_MISSING: Any = object()
MISSING: Any = _MISSING
"""What `class_lookup` returns for a name no class along the MRO has."""


def is_missing(value: Any) -> bool:
    """Whether `class_lookup` found nothing (or the class set the name to None)."""
    return value is _MISSING or value is None


_PROGRAM_ONLY_DUNDERS = frozenset({"__index__", "__copy__", "__deepcopy__", "__missing__"})
"""Dunders the interpreter consults itself rather than installing them on the host class: a host
`__index__` would hand native size parameters an unchecked int (`runtime.indexing`), and `copy` and
`dict` lookups find the others in the program's namespace."""


DEEP_MRO = 8
"""A lookup along an MRO longer than this costs a step per `DEEP_MRO` classes walked: a program's
attribute or method lookup walks the program namespaces of the whole MRO in Python, and a class
inheriting through 200 classes made `o.x` cost 13 times an ordinary step."""


def charge_mro_walk(ctx: RunContext, cls: type) -> None:
    """Charge a `class_lookup` on `cls` when its MRO is deep (program code's own lookups)."""
    length = len(cls.__mro__)
    if length > DEEP_MRO:
        ctx.charge(length // DEEP_MRO)


def class_lookup(cls: type, name: str) -> Any:
    """Find `name` in the program namespaces along `cls`'s MRO (never Python's own attributes)."""
    for klass in cls.__mro__:
        namespace = klass.__dict__.get("ptc_namespace")
        if namespace is not None and name in namespace:
            return namespace[name]
    return _MISSING


def class_doc(cls: type) -> Any:
    """`cls.__doc__`: the class's own docstring (or `__doc__ = ...`), never a base's; None without
    one. A dataclass without one has a generated signature in CPython, which is not rendered here."""
    namespace: dict[str, Any] = cls.__dict__.get("ptc_namespace") or {}
    if "__doc__" in namespace:
        return namespace["__doc__"]
    if "ptc_dataclass_fields" in cls.__dict__:
        raise AttributeError(
            f"__doc__ of dataclass {cls.__name__!r} without a docstring is not supported"
            " (CPython generates it from the signature): give the class a docstring"
        )
    return None


def _bind(value: Any, instance: Any, cls: type) -> Any:
    if isinstance(value, ProgramFunction):
        return BoundMethod(value, instance)
    if isinstance(value, BindsAsMethod):
        return BoundMethod(cast("Callable[..., Any]", value), instance)
    if isinstance(value, StaticMethod):
        return value.function
    if isinstance(value, ClassMethod):
        return BoundMethod(value.function, cls)
    if isinstance(value, ProgramProperty) and instance is not None:
        return value.getter(instance)
    return value


def bind_class_member(value: Any, instance: Any, cls: type) -> Any:
    """A class member found through `instance`: a method bound to it, a property's value, ..."""
    return _bind(value, instance, cls)


class ProgramInstance(PtcObject):
    """Base of every program class. Instance attributes live in the instance `__dict__`."""

    ptc_namespace: dict[str, Any] = {}  # noqa: RUF012 - replaced per class, never mutated here
    ptc_private_names = True
    ptc_plain_dict: ClassVar[bool] = True
    """Whether the instance `__dict__` is exactly what CPython's would hold (the program's
    attributes), so `__dict__`/`vars()` may hand it over: an exception's also holds the
    interpreter's own keys, an enum member's differs from CPython's."""

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        if name[0] == "_" and name not in USER_DUNDERS and not private_name(name):
            if name == "__doc__":  # every class has its own, which its instances read
                return class_doc(type(self))
            if name == "__dict__":  # the program's attributes, live, as CPython's
                if isinstance(self, BaseException) or not type(self).ptc_plain_dict:
                    raise dict_refusal(type(self).__name__)
                return self.__dict__
            if name == "__annotations__":  # the first class along the MRO that has any
                for klass in type(self).__mro__:
                    if klass.__dict__.get("ptc_annotations"):
                        return klass.__dict__["ptc_annotations"]
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            if name == "__name__" and class_lookup(type(self), name) is not _MISSING:
                return class_lookup(type(self), name)  # a class body's `__name__ = ...`
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        attrs = self.__dict__
        if name in attrs:
            return attrs[name]
        cls = type(self)
        charge_mro_walk(ctx, cls)
        value = class_lookup(cls, name)
        if isinstance(value, CachedProperty):
            attrs[name] = computed = value.function(self)
            return computed
        if value is not _MISSING:
            return _bind(value, self, cls)
        if isinstance(self, BaseException):
            if name == "args":
                return self.args
            from .attr import table_for  # `attr` builds on this module

            entry = (table_for(cls) or {}).get(name)  # `errno`, `code`, `value`, ... of its builtin base
            if isinstance(entry, Property):
                return entry.read(self, ctx)
        raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")

    def ptc_setattr(self, ctx: RunContext, name: str, value: Any) -> None:
        charge_mro_walk(ctx, type(self))
        prop = class_lookup(type(self), name)
        if isinstance(prop, ProgramProperty):
            if prop.setter is None:
                raise AttributeError(f"property {name!r} of {type(self).__name__!r} object has no setter")
            prop.setter(self, value)
            return
        self.__dict__[name] = value

    def ptc_delattr(self, ctx: RunContext, name: str) -> None:
        try:
            del self.__dict__[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} object>"


class ProgramClassMeta(type, PtcObject):
    """The metaclass of program classes: class-level attribute access from programs.

    (`ptc_type_name(cls)` is "type" because `type(cls)` is this metaclass; each program class
    carries its own name as `ptc_name` for its instances, which takes precedence.)"""

    ptc_name = "type"
    ptc_private_names = True

    def ptc_getattr(cls, ctx: RunContext, name: str) -> Any:
        if name == "__name__":
            return cls.__name__
        if name == "__doc__":
            return class_doc(cls)
        if name == "__annotations__":
            annotations = cls.__dict__.get("ptc_annotations")
            if annotations is None:
                raise annotations_refusal()
            return annotations
        charge_mro_walk(ctx, cls)
        value = (
            class_lookup(cls, name)
            if name[0] != "_" or name in USER_DUNDERS or private_name(name)
            else _MISSING
        )
        if value is _MISSING and name == "__init__":
            return NativeFunction("__init__", _unbound_init(cls))
        if value is _MISSING:
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        if isinstance(value, StaticMethod):
            return value.function
        if isinstance(value, ClassMethod):
            return BoundMethod(value.function, cls)
        return value

    def ptc_setattr(cls, ctx: RunContext, name: str, value: Any) -> None:
        cls.__dict__["ptc_namespace"][name] = value

    def ptc_delattr(cls, ctx: RunContext, name: str) -> None:
        namespace = cls.__dict__["ptc_namespace"]
        if name not in namespace:
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        del namespace[name]

    def __repr__(cls) -> str:
        qualname = cls.__dict__.get("ptc_qualname", cls.__name__)
        return f"<class '__main__.{qualname}'>"


def _python_dunder(function: Any) -> Callable[..., Any]:
    def dunder(self: Any, *args: Any) -> Any:
        return function(self, *args)

    return dunder


def _hash_dunder(function: Any, ctx: RunContext) -> Callable[..., Any]:
    """The host's `__hash__` of a program class: the program's value (what `hash()` shows the
    program), translated to the host's hash of the str, bytes or tuple it came from, so an
    instance equal to `'abc'` finds the key `'abc'` in a dict as in CPython. A native lookup with
    the instance as its key starts here (`runtime.probes`)."""
    native_hashes = ctx.native_hashes
    probes = ctx.probe_comparisons

    def __hash__(self: Any) -> int:
        value = function(self)
        if not isinstance(value, int):
            raise TypeError("__hash__ method should return an integer")
        native = native_hashes.get(value)
        if native is not None:
            probes.active = True
        else:
            native = value
        probes.hashed(self, native)
        return native

    __hash__.ptc_program_hash = function  # type: ignore[attr-defined]
    return __hash__


def _eq_dunder(equal: Any, ctx: RunContext) -> Callable[[Any, Any], Any]:
    """The host's `__eq__` of a program class (or its charged identity `__eq__`): once the run has
    translated a hash, a native lookup that revisits an entry does not compare it again
    (`runtime.probes`)."""
    probes = ctx.probe_comparisons
    compare = probes.compare

    def __eq__(self: Any, other: Any) -> Any:
        if probes.active:
            return compare(equal, self, other, sys._getframe(1))  # pyright: ignore[reportPrivateUsage]
        return equal(self, other)

    return __eq__


def _init_dunder(function: Any) -> Callable[..., Any]:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        result = function(self, *args, **kwargs)
        if result is not None:
            raise TypeError(f"__init__() should return None, not {ptc_type_name(result)!r}")

    return __init__


@dataclass(frozen=True)
class ClassSpec:
    """What a class statement hands a base that makes the class itself (`ptc_build_class`): an enum
    class (`class Color(Enum)`) or `typing.NamedTuple`."""

    name: str
    qualname: str
    bases: tuple[Any, ...]
    namespace: dict[str, Any]
    """The class body's names, in the order the body first binds them."""
    annotated: tuple[str, ...]
    redefined: dict[str, ast.expr | None]
    """Names the class body binds more than once, with the first value bound (None for a `def`)."""
    ctx: RunContext


class ClassBody:
    """A class body running for a base that makes the class itself (`RunContext.class_bodies`)."""

    __slots__ = ("bases", "builder_state", "frame", "names", "scanned", "values")

    def __init__(self, bases: tuple[Any, ...], frame: list[Any], names: list[tuple[str, int, bool]]) -> None:
        self.bases = bases
        self.frame = frame
        self.names = names
        """The body's names in the order it first binds them: (name, slot, held in a cell)."""
        self.scanned = 0
        self.values: list[tuple[str, Any]] = []
        """The names of `names[:scanned]`, all bound, with the values they had when scanned."""
        self.builder_state: Any = None
        """What the class's builder keeps while the body runs (`enum.auto()`'s values so far)."""

    def bound_so_far(self) -> list[tuple[str, Any]]:
        """The names the body has bound, in order, up to the first one not bound yet. A body binds
        its names in that order (straight-line code), so each name is read once however many
        times this is asked: an enum body of n `auto()` members costs n reads, not n^2/2."""
        names, frame, values = self.names, self.frame, self.values
        while self.scanned < len(names):
            name, slot, is_cell = names[self.scanned]
            value = frame[slot].value if is_cell else frame[slot]
            if value is UNBOUND:
                break
            values.append((name, value))
            self.scanned += 1
        return values


def class_builder(bases: tuple[Any, ...]) -> Callable[[ClassSpec], type] | None:
    """The `ptc_build_class` of the first base that makes its subclasses itself, if any. Looked up
    on the base's host type, never on the base: a program instance's attributes are its own, and
    one named `ptc_build_class` must not be handed the class statement's internals."""
    for base in bases:
        if isinstance(base, PtcObject):
            builder = getattr(type(base), "ptc_build_class", None)
            if builder is not None:
                return partial(cast("Callable[[Any, ClassSpec], type]", builder), base)
    return None


CLASS_STEPS = 16
"""What creating a class costs before its MRO: CPython's `type()` fills a new type's slots and
dict, several times a plain statement's work."""
MRO_STEPS_DIVISOR = 64
"""A class's MRO of n classes costs n + n*n/64 steps more: CPython copies the bases' MROs, merges
them (C3) and looks every slot up along the MRO, and that grows faster than n (a class 200 deep
took 0.5 ms, a class 2,000 deep 40 ms)."""


def charge_class_creation(ctx: RunContext, name: str, bases: tuple[type, ...]) -> None:
    """Charge creating class `name` on `bases` before CPython builds it, and refuse an inheritance
    chain longer than `Limits.max_nesting_depth`: `class K(K)` in a loop made every new class cost
    its whole MRO again (a 3,000-deep chain took minutes, charged a step per class)."""
    inherited: set[type] = set()
    for base in bases:
        inherited.update(base.__mro__)
    mro_length = len(inherited) + 1
    if sum(isinstance(klass, ProgramClassMeta) for klass in inherited) >= ctx.limits.max_nesting_depth:
        raise PtcLimitError(
            "max_nesting_depth",
            f"class {name} inherits through more than {ctx.limits.max_nesting_depth} classes (max_nesting_depth)",
            hint="use composition (an attribute holding the other object) instead of deep inheritance",
        )
    ctx.charge(CLASS_STEPS + mro_length + mro_length * mro_length // MRO_STEPS_DIVISOR)


def make_class(
    name: str,
    bases: tuple[type, ...],
    namespace: dict[str, Any],
    annotated: tuple[str, ...] = (),
    *,
    ctx: RunContext,
) -> type:
    """Build a program class: a real Python class whose program dunders are installed as Python ones.

    `bases` must be program classes, `object`, or builtin exception classes (checked by the caller).
    `annotated` names the class body's annotated fields, in order (what `@dataclass` builds on).
    `ctx` charges the creation (`charge_class_creation`), and gives a program `__hash__` the run's
    `native_hashes` and an identity `__eq__` its charge (see `_charged_identity_eq`).
    """
    if bases.count(object) > 1:
        raise TypeError("duplicate base class object")
    if object in bases[:-1]:  # `class C(object, B)`: no MRO puts object before B (CPython's error)
        names = ", ".join(getattr(base, "ptc_name", base.__name__) for base in bases)
        raise TypeError(f"Cannot create a consistent method resolution\norder (MRO) for bases {names}")
    real_bases = tuple(base for base in bases if base is not object)
    if not any(issubclass(base, ProgramInstance) for base in real_bases):
        real_bases = (*real_bases, ProgramInstance)
    charge_class_creation(ctx, name, real_bases)
    charge = ctx.charge
    python_namespace: dict[str, Any] = {
        "ptc_namespace": namespace,
        "__module__": "program",
        "ptc_name": name,
        "ptc_annotated": annotated,
    }
    for key, value in namespace.items():
        if key not in USER_DUNDERS or key in _PROGRAM_ONLY_DUNDERS:
            continue
        if value is None:  # `__hash__ = None`: the operation is unsupported, as in CPython
            python_namespace[key] = None
        elif not isinstance(value, ProgramFunction | BindsAsMethod):
            raise TypeError(
                f"class {name}: a {key} that is not a function defined with def or lambda (or None) is"
                f" not supported here (got {ptc_type_name(value)!r})"
            )
        elif key == "__init__":
            python_namespace[key] = _init_dunder(value)
        elif key == "__hash__":
            python_namespace[key] = _hash_dunder(value, ctx)
        elif key == "__eq__":
            python_namespace[key] = _eq_dunder(value, ctx)
        else:
            python_namespace[key] = _python_dunder(value)
    if "__eq__" in namespace and "__hash__" not in namespace:
        python_namespace["__hash__"] = None
    cls = ProgramClassMeta(name, real_bases, python_namespace)
    if namespace.get("__hash__") is not None and cls.__eq__ is object.__eq__:  # pyright: ignore[reportUnknownMemberType]
        cls.__eq__ = _eq_dunder(_charged_identity_eq(charge), ctx)  # pyright: ignore[reportAttributeAccessIssue]
    for value in namespace.values():
        for function in _functions_of(value):
            function.owner = cls
    return cls


def _charged_identity_eq(charge: Callable[[int], None]) -> Callable[[Any, Any], Any]:
    """Identity equality, as `object.__eq__`, but charged: a class whose own `__hash__` returns the
    same value for every instance makes each dict or set insertion compare the new key with every
    earlier one, natively, with no program code to pay for it (60,000 instances in a set took
    minutes). Each such comparison now costs a step."""

    def __eq__(self: Any, other: Any) -> Any:
        charge(1)
        return True if self is other else NotImplemented

    return __eq__


def _functions_of(value: Any) -> list[ProgramFunction]:
    if isinstance(value, ProgramFunction):
        return [value]
    if isinstance(value, StaticMethod | ClassMethod) and isinstance(value.function, ProgramFunction):
        return [value.function]
    if isinstance(value, ProgramProperty):
        return [f for f in (value.getter, value.setter) if isinstance(f, ProgramFunction)]
    return []


class SuperProxy(PtcObject):
    """`super()` inside a method: attribute lookup continues after the defining class in the MRO."""

    __slots__ = ("instance", "owner")
    ptc_name = "super"
    ptc_private_names = True

    def __init__(self, owner: type, instance: Any) -> None:
        self.owner = owner
        self.instance = instance

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        instance: Any = self.instance
        mro: tuple[type, ...] = instance.__mro__ if isinstance(instance, type) else type(instance).__mro__
        after = mro[mro.index(self.owner) + 1 :]
        for klass in after:
            namespace: dict[str, Any] | None = klass.__dict__.get("ptc_namespace")
            if namespace is not None:
                if name in namespace:
                    return _bind(namespace[name], instance, type(instance))  # pyright: ignore[reportUnknownArgumentType]
            elif name == "__init__" and issubclass(klass, BaseException):
                return NativeFunction("__init__", _exception_init(instance))
            elif name == "__init__" and klass is object:
                return NativeFunction("__init__", _noop_init)
        raise AttributeError(f"'super' object has no attribute {name!r}")

    def __repr__(self) -> str:
        return "<super>"


def _exception_init(instance: Any) -> Callable[..., None]:
    def init(*args: Any) -> None:
        BaseException.__init__(instance, *args)
        instance.args = args

    return init


def _unbound_init(cls: type) -> Callable[..., None]:
    """`Base.__init__(self, ...)` for a class whose program namespace defines no `__init__`."""

    def init(instance: Any, *args: Any) -> None:
        if not isinstance(instance, cls):  # never a host object, or an instance of another class
            raise TypeError(
                f"descriptor '__init__' for {cls.__name__!r} objects doesn't apply to a "
                f"{ptc_type_name(instance)!r} object"
            )
        if isinstance(instance, BaseException):
            _exception_init(instance)(*args)
        elif args:
            raise TypeError(
                f"{cls.__name__}.__init__() takes exactly one argument (the instance to initialize)"
            )

    return init


def _noop_init() -> None:
    return None
