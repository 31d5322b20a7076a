"""The program's `contextlib` module: `contextmanager` over the program's own generators, `suppress`,
`nullcontext` and `closing`, as interpreter-owned context managers (`with` drives them through
`ptc_enter`/`ptc_exit`, so a limit error is never offered to them and cannot be suppressed).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from ..runtime import attr
from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.native import NativeFunction
from ..runtime.scheduler import Gen, PtcContextManager
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext


def _done(value: Any) -> Gen:
    """A `ptc_enter`/`ptc_exit` result that needs no waiting."""
    return value
    yield  # pragma: no cover - makes this a generator function


class GeneratorContextManager(PtcContextManager):
    """`@contextmanager`'s result: runs the generator to its `yield` on entry, resumes it on exit
    (throwing the body's exception into it), with CPython's RuntimeErrors for a generator that does
    not yield once."""

    __slots__ = ("generator",)
    ptc_name = "_GeneratorContextManager"
    ptc_module = "contextlib"  # `<class 'contextlib._GeneratorContextManager'>`, as CPython shows it
    ptc_synchronous_only = True  # no `__aenter__` in CPython: `async with` is a TypeError

    def __init__(self, generator: Any) -> None:
        self.generator = generator

    def ptc_enter(self) -> Gen:
        try:
            value = next(self.generator)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
        return _done(value)

    def ptc_exit(self, error: BaseException | None) -> Gen:
        if error is None:
            try:
                next(self.generator)
            except StopIteration:
                return _done(False)
            raise RuntimeError("generator didn't stop")
        try:
            self.generator.throw(error)
        except StopIteration as stop:
            return _done(stop is not error)
        except RuntimeError as raised:
            if raised is error or (isinstance(error, StopIteration) and raised.__cause__ is error):
                return _done(False)
            raise
        except BaseException as raised:
            if raised is error:
                return _done(False)
            raise
        raise RuntimeError("generator didn't stop after throw()")

    def __repr__(self) -> str:
        return "<contextlib._GeneratorContextManager object>"


class Suppress(PtcContextManager):
    """`suppress(*exceptions)`: an exception of one of the classes ends the `with` block quietly."""

    __slots__ = ("exceptions",)
    ptc_name = "suppress"
    ptc_synchronous_only = True  # no `__aenter__` in CPython: `async with` is a TypeError

    def __init__(self, exceptions: tuple[Any, ...]) -> None:
        self.exceptions = exceptions

    def ptc_enter(self) -> Gen:
        return _done(None)

    def ptc_exit(self, error: BaseException | None) -> Gen:
        if error is None:
            return _done(False)
        for cls in self.exceptions:  # in order, as CPython's `issubclass(type, tuple)` checks them
            if not (isinstance(cls, type) and issubclass(cls, BaseException)):
                raise TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            if isinstance(error, cls):
                return _done(True)
        return _done(False)

    def __repr__(self) -> str:
        return "<contextlib.suppress object>"


class NullContext(PtcContextManager):
    __slots__ = ("result",)
    ptc_name = "nullcontext"

    def __init__(self, result: Any) -> None:
        self.result = result

    def ptc_enter(self) -> Gen:
        return _done(self.result)

    def ptc_exit(self, error: BaseException | None) -> Gen:
        return _done(False)

    def __repr__(self) -> str:
        return "<contextlib.nullcontext object>"


class Closing(PtcContextManager):
    """`closing(thing)`: `thing.close()` when the block ends, however it ends."""

    __slots__ = ("ctx", "thing")
    ptc_name = "closing"
    ptc_synchronous_only = True  # no `__aenter__` in CPython: `async with` is a TypeError

    def __init__(self, ctx: RunContext, thing: Any) -> None:
        self.ctx = ctx
        self.thing = thing

    def ptc_enter(self) -> Gen:
        return _done(self.thing)

    def ptc_exit(self, error: BaseException | None) -> Gen:
        attr.get_attribute(self.ctx, self.thing, "close")()
        return _done(False)

    def __repr__(self) -> str:
        return "<contextlib.closing object>"


def make_module(ctx: RunContext) -> ShimModule:
    def contextmanager(func: Callable[..., Any]) -> NativeFunction:  # CPython's parameter name
        function = func
        if not callable(function):
            raise TypeError(f"{ptc_type_name(function)!r} object is not callable")

        def helper(*args: Any, **kwargs: Any) -> GeneratorContextManager:
            generator: object = function(*args, **kwargs)
            if not hasattr(type(generator), "__next__"):
                raise TypeError(f"{ptc_type_name(generator)!r} object is not an iterator")
            return GeneratorContextManager(generator)

        return NativeFunction(getattr(function, "name", "contextmanager"), helper)

    def suppress(*exceptions: Any) -> Suppress:
        return Suppress(exceptions)

    def nullcontext(enter_result: Any = None) -> NullContext:
        return NullContext(enter_result)

    return ShimModule(
        "contextlib",
        {
            "contextmanager": native("contextmanager", contextmanager),
            "suppress": NativeClass("contextlib.suppress", Suppress, suppress),
            "nullcontext": NativeClass("contextlib.nullcontext", NullContext, nullcontext),
            "closing": NativeClass("contextlib.closing", Closing, partial(Closing, ctx)),
        },
    )
