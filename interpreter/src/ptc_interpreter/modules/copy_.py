"""The program's `copy` module: `copy` and `deepcopy` of program data.

CPython's `copy` module reaches into `__reduce_ex__`, `__dict__` and `__deepcopy__` of whatever it
is given; here only the program's data is copied, by rebuilding it: scalars and immutable values
as they are, lists, tuples, dicts, sets and the `collections` containers (namedtuples included)
element by element, charging per element, sharing and cycles preserved through a memo as CPython
does. Instances of program classes are copied by their `__copy__`/`__deepcopy__(memo)` when the
class defines them, else as CPython copies them by default: a new instance (no `__init__` call) whose
attributes are the original's (`copy`) or copies of them (`deepcopy`).
Anything else (functions, exceptions, host objects) is refused with a message saying so.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import datetime
from collections import Counter, OrderedDict, defaultdict, deque
from types import BuiltinFunctionType
from typing import TYPE_CHECKING, Any

from ..builtins.types import BuiltinType
from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.budget import charge_elements, charge_stored_keys
from ..runtime.native import NativeFunction
from ..runtime.objects import BoundMethod, ProgramFunction, ProgramInstance, class_lookup, is_missing
from ..runtime.structure import nesting_error
from ..runtime.values import FrozenOrderedSet, OrderedSet
from .collections_ import NamedTupleBase
from .decimal_ import DecimalValue
from .decimal_context import DecimalContext
from .enum_ import EnumMember
from .fractions_ import FractionValue
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_IMMUTABLE = (
    EnumMember,  # a member is its enum's singleton: copies are the member itself, as in CPython
    type(None),
    bool,
    int,
    float,
    complex,
    str,
    bytes,
    range,
    datetime.date,
    datetime.time,
    datetime.timedelta,
    datetime.timezone,
    DecimalValue,
    FractionValue,
    type,  # classes, functions and builtins are atomic in CPython's `copy` too: the same object back
    ProgramFunction,
    NativeFunction,
    BuiltinFunctionType,
    BuiltinType,
    NativeClass,
)


_UNPICKLABLE = frozenset({"module", "generator", "coroutine"})
"""Types CPython's `copy` cannot copy either: refused with its message."""


def _refuse(value: Any) -> TypeError:
    name = ptc_type_name(value)
    if name in _UNPICKLABLE:
        return TypeError(f"cannot pickle {name!r} object")
    return TypeError(
        f"cannot copy {ptc_type_name(value)!r} objects: copy supports lists, tuples, dicts, sets, "
        "the collections containers and instances of your own classes"
    )


def _is_plain_instance(value: Any) -> bool:
    """An instance of a program class that is not an exception (whose state is not only its attributes)."""
    return isinstance(value, ProgramInstance) and not isinstance(value, BaseException)


def _blank_instance(value: Any) -> Any:
    """A new instance of `value`'s class without running `__init__`, as `copy` makes one."""
    cls: Any = type(value)
    return cls.__new__(cls)


def _hook(value: Any, name: str) -> Any:
    """The program's `__copy__`/`__deepcopy__` of `value`, bound to `value`, or None: `copy` asks the
    class, `deepcopy` the instance (CPython's `getattr(x, "__deepcopy__")` finds one in the
    instance's own dict first, as it is)."""
    if not isinstance(value, ProgramInstance):
        return None
    own = value.__dict__.get(name) if name == "__deepcopy__" else None
    if own is not None:
        return own
    method = class_lookup(type(value), name)
    return None if is_missing(method) else BoundMethod(method, value)


def _shallow(ctx: RunContext, value: Any) -> Any:
    hook = _hook(value, "__copy__")
    if hook is not None:
        return hook()
    if (
        isinstance(value, _IMMUTABLE)
        or type(value) in (tuple, FrozenOrderedSet)
        or isinstance(value, NamedTupleBase)
    ):
        return value
    if isinstance(value, list | dict | OrderedSet | deque):
        charge_elements(ctx, len(value))  # pyright: ignore[reportUnknownArgumentType]
        if isinstance(value, dict | OrderedSet):
            charge_stored_keys(ctx, value)  # pyright: ignore[reportUnknownArgumentType]
        return value.copy()  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    if isinstance(value, DecimalContext):
        return value.copy()
    if _is_plain_instance(value):
        attributes = value.__dict__
        charge_elements(ctx, len(attributes))
        result = _blank_instance(value)
        result.__dict__.update(attributes)
        return result
    raise _refuse(value)


class _DeepCopy:
    """One `deepcopy` call. The memo is CPython's: a dict from the program's `id()` of each original
    to its copy, which a program `__deepcopy__(memo)` receives and passes on."""

    __slots__ = ("ctx", "depth", "max_depth", "memo")

    def __init__(self, ctx: RunContext, memo: dict[Any, Any] | None = None) -> None:
        self.ctx = ctx
        self.memo: dict[Any, Any] = {} if memo is None else memo
        self.depth = 0
        self.max_depth = ctx.limits.max_nesting_depth

    def copy(self, value: Any) -> Any:
        if isinstance(value, _IMMUTABLE):
            return value
        marker = self.ctx.program_id(value)
        if marker in self.memo:
            return self.memo[marker]
        self.depth += 1
        if self.depth > self.max_depth:
            raise nesting_error(self.ctx, "deepcopy: data nested")
        try:
            hook = _hook(value, "__deepcopy__")
            if hook is None:
                return self.copy_container(value, marker)
            result = hook(self.memo)
            if result is not value:
                self.memo[marker] = result
            return result
        finally:
            self.depth -= 1

    def copy_container(self, value: Any, marker: int) -> Any:
        kind: Any = type(value)
        if isinstance(value, DecimalContext):
            return value.copy()
        if _is_plain_instance(value):  # before `len`: a program class may define `__len__`
            attributes = value.__dict__
            self.ctx.charge(len(attributes) + 1)
            result = _blank_instance(value)
            self.memo[marker] = result
            for name, item in attributes.items():
                result.__dict__[name] = self.copy(item)
            return result
        self.ctx.charge(len(value) + 1 if hasattr(value, "__len__") else 1)
        if kind is list:
            result: Any = []
            self.memo[marker] = result
            result.extend(self.copy(item) for item in value)
        elif isinstance(value, dict):
            if kind is defaultdict:
                result = defaultdict(value.default_factory)  # pyright: ignore[reportAttributeAccessIssue]
            elif kind in (dict, Counter, OrderedDict):
                result = kind()
            else:
                raise _refuse(value)
            self.memo[marker] = result
            charge_stored_keys(self.ctx, value)  # pyright: ignore[reportUnknownArgumentType]
            for key, item in value.items():
                result[self.copy(key)] = self.copy(item)
        elif kind is deque:
            result = deque(maxlen=value.maxlen)
            self.memo[marker] = result
            result.extend(self.copy(item) for item in value)
        elif kind is OrderedSet:
            result = OrderedSet()
            self.memo[marker] = result
            charge_stored_keys(self.ctx, value)
            for item in value:
                result.add(self.copy(item))
        elif kind is tuple or kind is FrozenOrderedSet or isinstance(value, NamedTupleBase):
            items = [self.copy(item) for item in value]
            if marker in self.memo:  # a cycle through a list inside the tuple
                return self.memo[marker]
            result = kind(items)  # a namedtuple class, like tuple, takes one iterable
            self.memo[marker] = result
        else:
            raise _refuse(value)
        return result


def deep_copy(ctx: RunContext, value: Any, memo: dict[Any, Any] | None = None) -> Any:
    """`copy.deepcopy(value, memo)`, charged; also what `dataclasses.asdict` copies leaf values with."""
    try:
        return _DeepCopy(ctx, memo).copy(value)
    except RecursionError:  # the host stack ran out before the depth limit did
        raise nesting_error(ctx, "deepcopy: data nested") from None


def make_module(ctx: RunContext) -> ShimModule:
    def copy(x: Any) -> Any:  # CPython's parameter names: `copy.copy(x=...)` works
        return _shallow(ctx, x)

    def deepcopy(x: Any, memo: Any = None) -> Any:
        if memo is not None and type(memo) is not dict:
            raise AttributeError(f"{ptc_type_name(memo)!r} object has no attribute 'get'")
        return deep_copy(ctx, x, memo)

    return ShimModule("copy", {"copy": native("copy", copy), "deepcopy": native("deepcopy", deepcopy)})
