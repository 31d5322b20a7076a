"""The program's `functools` module: `reduce`, `partial`, `cmp_to_key`, `cache`, `lru_cache`, `wraps`,
`total_ordering` and `cached_property`.

`partial` and the cache wrappers are interpreter-owned objects (`PtcObject`s) rather than CPython's,
whose reprs show memory addresses and whose attributes (`__wrapped__`, `cache_parameters`) would
reach more than the program needs. The functions they wrap are program callables, called directly.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from ..runtime.allowlist import PtcObject, ShimModule
from ..runtime.budget import charge_key
from ..runtime.native import NativeFunction
from ..runtime.objects import BindsAsMethod, CachedProperty, FunctionCode, ProgramClassMeta, ProgramFunction
from ..runtime.registry import CONSTANT, Method, Property, TypeTable
from ..runtime.reprs import program_repr
from .collections_ import namedtuple_class
from .support import NativeClass, native, pulled

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_NO_INITIAL = object()
_CACHE_INFO = namedtuple_class("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class Partial(PtcObject):
    """`functools.partial(func, *args, **keywords)`."""

    __slots__ = ("args", "func", "keywords")
    ptc_name = "functools.partial"
    func: Callable[..., Any]
    args: tuple[Any, ...]
    keywords: dict[str, Any]

    def __init__(self, func: Callable[..., Any], /, *args: Any, **keywords: Any) -> None:
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, Partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args: Any, **keywords: Any) -> Any:
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self) -> str:
        parts = [
            program_repr(self.func),
            *map(program_repr, self.args),
            *(f"{k}={program_repr(v)}" for k, v in self.keywords.items()),
        ]
        return f"functools.partial({', '.join(parts)})"


Partial.ptc_table = {
    "func": Property(lambda partial: partial.func, CONSTANT),
    "args": Property(lambda partial: partial.args, CONSTANT),
    "keywords": Property(lambda partial: dict(partial.keywords), CONSTANT),
}


class CachedFunction(PtcObject, BindsAsMethod):
    """What `@cache` / `@lru_cache(maxsize)` make of a program function: memoised by arguments (in a
    class body, a method whose cache key includes the instance, as in CPython)."""

    __slots__ = ("ctx", "entries", "function", "hits", "maxsize", "misses")
    ptc_name = "functools._lru_cache_wrapper"

    def __init__(self, ctx: RunContext, function: Callable[..., Any], maxsize: int | None) -> None:
        if not callable(function):
            raise TypeError("the first argument must be callable")
        self.ctx = ctx
        self.function = function
        self.maxsize = maxsize
        self.entries: OrderedDict[Any, Any] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(kwargs.items())) if kwargs else args
        charge_key(self.ctx, key)  # hashed on every call: a big tuple argument costs its size
        try:
            result = self.entries[key]
        except KeyError:
            pass
        else:
            self.hits += 1
            self.entries.move_to_end(key)
            return result
        self.misses += 1
        result = self.function(*args, **kwargs)
        if self.maxsize is None:
            self.ctx.check_container_length(len(self.entries) + 1)
        elif len(self.entries) >= self.maxsize:
            if self.maxsize <= 0:
                return result
            self.entries.popitem(last=False)
        self.entries[key] = result
        return result

    def cache_info(self) -> Any:
        return _CACHE_INFO(self.hits, self.misses, self.maxsize, len(self.entries))

    def cache_clear(self) -> None:
        self.entries.clear()
        self.hits = self.misses = 0

    ptc_table: ClassVar[TypeTable] = {
        "cache_info": Method(cache_info, CONSTANT),
        "cache_clear": Method(cache_clear, CONSTANT),
    }

    def __repr__(self) -> str:
        return f"<functools._lru_cache_wrapper {program_repr(self.function)}>"


class CmpKey(PtcObject):
    """A sort key built by `cmp_to_key`: compares by calling the program's comparison function."""

    __slots__ = ("cmp", "obj")
    ptc_name = "functools.KeyWrapper"

    def __init__(self, obj: Any, cmp: Callable[[Any, Any], Any]) -> None:
        self.obj = obj
        self.cmp = cmp

    def __lt__(self, other: CmpKey) -> bool:
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other: CmpKey) -> bool:
        return self.cmp(self.obj, other.obj) > 0

    def __le__(self, other: CmpKey) -> bool:
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other: CmpKey) -> bool:
        return self.cmp(self.obj, other.obj) >= 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CmpKey) and self.cmp(self.obj, other.obj) == 0

    __hash__ = None  # pyright: ignore[reportAssignmentType]

    def __repr__(self) -> str:
        return "<functools.KeyWrapper object>"


def renamed_like(wrapper: Any, wrapped: Any) -> Any:
    """`functools.wraps(wrapped)(wrapper)`: the wrapper, named like `wrapped`, with its attributes.

    The copy gets its own `FunctionCode` because the code is shared by every closure of one `def`:
    renaming it in place would rename every function the same decorator wrapped."""
    if not (isinstance(wrapper, ProgramFunction) and isinstance(wrapped, ProgramFunction)):
        return wrapper
    source, target = wrapper.code, wrapped.code
    code = FunctionCode(target.name, target.qualname, source.span, source.is_async, source.invoke)
    code.invoke1 = source.invoke1
    code.inline1 = source.inline1
    renamed = ProgramFunction(code, wrapper.defaults, wrapper.kwdefaults, wrapper.closure)
    renamed.owner = wrapper.owner
    if wrapper.attributes or wrapped.attributes:  # CPython updates the wrapper's `__dict__` too
        renamed.attributes = {**(wrapper.attributes or {}), **(wrapped.attributes or {})}
    return renamed


def total_ordering(cls: Any) -> Any:
    """`@functools.total_ordering`: CPython's own, applied to the real class behind a program class.

    The comparisons it adds are Python dunders of that class (so `<=` works); they never enter the
    program's namespace, so the program cannot fetch them as values."""
    if not isinstance(cls, ProgramClassMeta):
        raise TypeError("total_ordering() expects a class")
    return functools.total_ordering(cls)


def make_module(ctx: RunContext) -> ShimModule:
    def reduce(
        function: Callable[[Any, Any], Any], iterable: Iterable[Any], initial: Any = _NO_INITIAL, /
    ) -> Any:
        try:
            items = pulled(ctx, iterable)
        except TypeError:  # CPython's words for a failed `iter()`
            raise TypeError("reduce() arg 2 must support iteration") from None
        if initial is _NO_INITIAL:
            return functools.reduce(function, items)
        return functools.reduce(function, items, initial)

    def cmp_to_key(mycmp: Callable[[Any, Any], Any]) -> NativeFunction:
        return native("K", lambda obj: CmpKey(obj, mycmp))  # pyright: ignore[reportUnknownLambdaType, reportUnknownArgumentType]

    def cache(function: Callable[..., Any]) -> CachedFunction:
        return CachedFunction(ctx, function, None)

    def lru_cache(maxsize: Any = 128, typed: bool = False) -> Any:
        if callable(maxsize):  # used bare: @lru_cache
            return CachedFunction(ctx, maxsize, 128)
        if maxsize is not None and not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        return native("decorating_function", lambda function: CachedFunction(ctx, function, maxsize))  # pyright: ignore[reportUnknownLambdaType, reportUnknownArgumentType]

    def wraps(wrapped: Any) -> NativeFunction:
        return native("decorator", lambda wrapper: renamed_like(wrapper, wrapped))  # pyright: ignore[reportUnknownLambdaType, reportUnknownArgumentType]

    return ShimModule(
        "functools",
        {
            "reduce": native("reduce", reduce),
            "partial": NativeClass("functools.partial", Partial, Partial),
            "cmp_to_key": native("cmp_to_key", cmp_to_key),
            "cache": native("cache", cache),
            "lru_cache": native("lru_cache", lru_cache),
            "wraps": native("wraps", wraps),
            "total_ordering": native("total_ordering", total_ordering),
            "cached_property": NativeClass("functools.cached_property", CachedProperty, CachedProperty),
        },
    )
