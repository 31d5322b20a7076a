"""Host callables as the program sees them: a name and a deterministic repr, nothing else.

A bare Python function, bound method or `functools.partial` would show a memory address in its repr
and carry reachable internals; wrapping every callable the program can hold keeps both out of reach.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class NativeFunction:
    """A builtin or module function exposed to programs. Calling it calls `function`."""

    __slots__ = ("function", "name")
    ptc_name = "builtin_function_or_method"

    def __init__(self, name: str, function: Callable[..., Any]) -> None:
        self.name = name
        self.function = function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<built-in function {self.name}>"


class BoundNativeMethod:
    """`obj.method` taken without calling it (`f = s.upper`): calls `function(obj, *args)` later."""

    __slots__ = ("function", "name", "receiver")
    ptc_name = "builtin_function_or_method"

    def __init__(self, name: str, receiver: object, function: Callable[..., Any]) -> None:
        self.name = name
        self.receiver = receiver
        self.function = function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(self.receiver, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<built-in method {self.name} of {getattr(type(self.receiver), 'ptc_name', type(self.receiver).__name__)} object>"
