"""Host callables as the program sees them: a name and a deterministic repr, nothing else.

A bare Python function, bound method or `functools.partial` would show a memory address in its repr
and carry reachable internals; wrapping every callable the program can hold keeps both out of reach.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

from .registry import named_for_programs


@named_for_programs
class NativeFunction:
    """A builtin or module function exposed to programs. Calling it calls `function`."""

    __slots__ = ("function", "name")
    ptc_name = "builtin_function_or_method"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        named_for_programs(cls)  # a subclass too is a 'builtin_function_or_method' in CPython's messages

    def __init__(self, name: str, function: Callable[..., Any]) -> None:
        self.name = name
        self.function = function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return self.function(*args, **kwargs)
        except TypeError as error:
            rename_call_error(error, self.function, self.name)
            retry = index_retry(error, args, kwargs)
            if retry is None:
                raise
        return self(*retry[0], **(retry[1] or {}))

    def __repr__(self) -> str:
        return f"<built-in function {self.name}>"


def index_retry(error: TypeError, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """`indexing.with_index_converted` (imported here only when a call failed: `indexing` builds on
    the program classes, which build on this module)."""
    from .indexing import with_index_converted

    return with_index_converted(error, args, kwargs)


@named_for_programs
class NativePythonFunction(NativeFunction):
    """A module function CPython implements in Python (`asyncio.gather`): its type is `function`
    and its repr `<function gather>` (CPython's, without the address)."""

    __slots__ = ()
    ptc_name = "function"

    def __repr__(self) -> str:
        return f"<function {self.name}>"


@named_for_programs
class BoundNativeMethod:
    """`obj.method` taken without calling it (`f = s.upper`): calls `function(obj, *args)` later."""

    __slots__ = ("function", "name", "receiver")
    ptc_name = "builtin_function_or_method"

    def __init__(self, name: str, receiver: object, function: Callable[..., Any]) -> None:
        self.name = name
        self.receiver = receiver
        self.function = function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return self.function(self.receiver, *args, **kwargs)
        except TypeError as error:
            rename_call_error(error, self.function, self.name)
            retry = index_retry(error, args, kwargs)
            if retry is None:
                raise
        return self(*retry[0], **(retry[1] or {}))

    def __eq__(self, other: object) -> bool:
        """As CPython's: the same object (by identity) and the same method; `l.append == l.append`."""
        if type(other) is not BoundNativeMethod:
            return NotImplemented
        return self.receiver is other.receiver and self.name == other.name

    def __hash__(self) -> int:
        return hash((id(self.receiver), self.name))

    def __repr__(self) -> str:
        return f"<built-in method {self.name} of {getattr(type(self.receiver), 'ptc_name', type(self.receiver).__name__)} object>"


def rename_call_error(error: TypeError, function: Callable[..., Any], name: str) -> None:
    """Python names a function by its host qualname when its arguments do not bind
    (`make_module.<locals>.search() missing 1 required positional argument`); the program knows it
    as `name`. Only that prefix is rewritten, so errors raised inside the function are untouched.
    For a class called as a function (`dataclasses.field`), the prefix is its `__init__`'s."""
    target = function.func if isinstance(function, partial) else function  # builtins bound to the run
    qualname = getattr(target, "__qualname__", None)
    if not isinstance(qualname, str) or len(error.args) != 1 or not isinstance(error.args[0], str):
        return
    message: str = error.args[0]
    for prefix in (qualname, qualname + ".__init__") if isinstance(target, type) else (qualname,):
        if message.startswith(prefix + "()"):
            error.args = (name + message[len(prefix) :],)
            return
    scope, locals_, _ = qualname.rpartition("<locals>.")
    if locals_ and message.startswith(scope + locals_):
        # a sibling the function forwarded its arguments to (`pp` calls `pprint`): named as CPython
        # names its own (`pprint() takes …`), never by the shim's factory (`make_module.<locals>.`)
        error.args = (message[len(scope + locals_) :],)


def missing_arguments(callee: str, names: Sequence[str], kind: str = "positional") -> TypeError:
    """CPython's `f() missing 2 required positional arguments: 'a' and 'b'` (three or more with a
    serial comma: `'a', 'b', and 'c'`)."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = f"{', '.join(quoted[:-1])}, and {quoted[-1]}"
    plural = "s" if len(names) > 1 else ""
    return TypeError(f"{callee}() missing {len(names)} required {kind} argument{plural}: {listed}")


def too_many_positional(
    qualname: str,
    count: int,
    defaults: int,
    given: int,
    kwonly: Sequence[str],
    kwargs: Mapping[str, Any] | None,
) -> TypeError:
    """CPython's message: `f() takes from 1 to 2 positional arguments but 3 were given`."""
    if defaults:
        takes = f"from {count - defaults} to {count} positional arguments"
    else:
        takes = _plural(count, "positional argument")
    kwonly_given = sum(1 for key in kwonly if key in kwargs) if kwargs else 0
    also = ""
    if kwonly_given:
        also = (
            f" positional argument{'s' if given != 1 else ''} "
            f"(and {_plural(kwonly_given, 'keyword-only argument')})"
        )
    verb = "was" if given == 1 and not also else "were"
    return TypeError(f"{qualname}() takes {takes} but {given}{also} {verb} given")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
