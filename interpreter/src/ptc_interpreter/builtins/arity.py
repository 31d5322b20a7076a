"""CPython's own messages for builtins called with the wrong arguments.

The interpreter implements many builtins in Python (to charge the budget or check sizes), so a
wrong call would raise Python's binding error for the host function (`sorted() missing 1 required
positional argument: 'iterable'`, `make_list() takes from 1 to 2 positional arguments`), or bind
a call CPython refuses (`id(obj=x)`, `getattr(o, name=n)`), where CPython's C builtins say
`sorted expected 1 argument, got 0` and `id() takes no keyword arguments`; programs compare
`str(e)`. Each builtin is bound to the host builtin it stands for (its reference, `registry.HostBinding`):
keywords the reference does not take, and more positional arguments than it takes where the shim
would take them, are refused with the reference's own message before the call (only calls with
keywords, and calls of such wider shims, pay the check), and a call that failed to bind is restated
in the reference's words after it failed, so a successful call pays nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..runtime.indexing import with_index_converted
from ..runtime.native import NativeFunction
from ..runtime.registry import (
    BINDING_ERROR,
    HOST_BUILTIN_SIGNATURES,
    HostBinding,
    HostSignature,
    cpython_binding_message,
)
from ..runtime.values import FrozenOrderedSet, OrderedSet

RUNS_EFFECTS = frozenset({"print"})
"""Builtins whose host reference must never run: it is asked only about keywords it refuses
before it does anything, never to restate a failed call (that call could bind and print)."""


def restate(
    error: TypeError,
    function: Callable[..., Any],
    name: str,
    reference: Callable[..., Any] | None,
    given: int,
    keywords: Mapping[str, Any],
) -> None:
    """Replace the host's binding error of `function` (called as the builtin `name` with `given`
    positional arguments and these keywords) by CPython's message; leave any other error as it is."""
    target = function.func if isinstance(function, partial) else function
    host_name = getattr(target, "__qualname__", None)
    if len(error.args) != 1 or not isinstance(error.args[0], str) or not isinstance(host_name, str):
        return
    text: str = error.args[0]
    prefixes = (f"{host_name}()", f"{host_name}.__init__()", f"{name}()", f"{name}.__init__()")
    own_prefix = next((prefix for prefix in prefixes if text.startswith(prefix)), None)
    if own_prefix is None:
        return  # raised inside the function: its own message
    if reference is not None and name not in RUNS_EFFECTS:
        message = cpython_binding_message(reference, given, keywords)
        if message is not None:
            error.args = (message,)
            return
    error.args = (f"{name}(){text[len(own_prefix) :]}",)


class BuiltinFunction(NativeFunction):
    """A builtin written in Python here that binds its arguments as the host builtin `reference` does."""

    __slots__ = ("derived_binding", "signature")

    def __init__(
        self,
        name: str,
        function: Callable[..., Any],
        signature: HostSignature,
        binding: HostBinding | None = None,
    ) -> None:
        self.name = name  # NativeFunction's two slots, set here: every run makes ~25 of these
        self.function = function
        self.signature = signature
        self.derived_binding = binding

    def binding(self) -> HostBinding:
        """Derived at the first call: every run makes its builtins afresh, and calls few of them."""
        binding = self.derived_binding
        if binding is None:
            binding = self.derived_binding = HostBinding.of(self.signature, self.function)
        return binding

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        binding = self.derived_binding or self.binding()
        if kwargs or binding.max_positional is not None:
            binding.refuse(len(args), kwargs)
        try:
            return self.function(*args, **kwargs)
        except TypeError as error:
            restate(error, self.function, self.name, binding.reference, len(args), kwargs)
            retry = with_index_converted(error, args, kwargs)
            if retry is None:
                raise
        return self(*retry[0], **(retry[1] or {}))


def builtin_function(name: str, function: Callable[..., Any]) -> NativeFunction:
    """`function` as the builtin `name`, binding its arguments as CPython's builtin of that name."""
    signature = HOST_BUILTIN_SIGNATURES.get(name)
    return NativeFunction(name, function) if signature is None else BuiltinFunction(name, function, signature)


def shared_builtin(name: str, function: Callable[..., Any]) -> NativeFunction:
    """`builtin_function` for a builtin that holds no run state, made once at import and shared by
    every run: its binding is derived now, so nothing about it changes afterwards."""
    builtin = builtin_function(name, function)
    if isinstance(builtin, BuiltinFunction):
        builtin.binding()
    return builtin


@dataclass(frozen=True, slots=True)
class RunBuiltin:
    """A builtin that charges the run it belongs to (`function(ctx, ...)`), with its argument
    binding derived once at import: a `partial` binding the run context binds the same way in
    every run, and every run makes its builtins afresh."""

    name: str
    function: Callable[..., Any]
    signature: HostSignature
    binding: HostBinding

    @classmethod
    def of(cls, name: str, function: Callable[..., Any]) -> RunBuiltin:
        signature = HOST_BUILTIN_SIGNATURES[name]
        return cls(name, function, signature, HostBinding.of(signature, partial(function, None)))

    def bind(self, ctx: Any) -> BuiltinFunction:
        return BuiltinFunction(self.name, partial(self.function, ctx), self.signature, self.binding)


# -- methods of builtin types -------------------------------------------------------------------------


_REFERENCE_RECEIVERS: Mapping[type, tuple[type, Callable[[], Any]]] = {
    str: (str, str),
    bytes: (bytes, bytes),
    list: (list, list),
    tuple: (tuple, tuple),
    dict: (dict, dict),
    int: (int, int),
    bool: (bool, bool),
    float: (float, float),
    range: (range, lambda: range(0)),
    OrderedSet: (set, set),
    FrozenOrderedSet: (frozenset, frozenset),
    deque: (deque, deque),
    Counter: (Counter, Counter),
    OrderedDict: (OrderedDict, OrderedDict),
    defaultdict: (defaultdict, defaultdict),
    dt.date: (dt.date, lambda: dt.date(1, 1, 1)),
    dt.datetime: (dt.datetime, lambda: dt.datetime(1, 1, 1)),
    dt.time: (dt.time, dt.time),
    dt.timedelta: (dt.timedelta, dt.timedelta),
    dt.timezone: (dt.timezone, lambda: dt.UTC),
}
"""For each builtin value type whose methods are (partly) written in Python here, a fresh empty
CPython value whose own method of the same name gives CPython's binding error."""


def restate_method_error(error: BaseException, receiver: Any, name: str, given: int, keywords: Any) -> None:
    """`receiver.name(...)` failed to bind its arguments in the interpreter's implementation, whose
    message counts parameters the program does not see (the run context, the receiver):
    `"ab".rsplit(1, 2, 3)` must say `rsplit() takes at most 2 arguments (3 given)`. CPython's own
    method, called on an empty value of the same type with as many `None` arguments (so it binds or
    fails exactly as the program's call does, and has nothing to work on), words it."""
    if type(error) is not TypeError or len(error.args) != 1 or not isinstance(error.args[0], str):
        return
    if BINDING_ERROR.search(error.args[0]) is None:
        return
    reference = _REFERENCE_RECEIVERS.get(receiver.__class__)
    if reference is None:
        # an interpreter-owned type standing for a CPython one (`re.Pattern`, `re.Match`) names a
        # value of that type, made without effects, as `ptc_binding_reference`
        make: Callable[[], Any] | None = getattr(receiver.__class__, "ptc_binding_reference", None)
        if make is not None:
            made_type: type[Any] = make().__class__
            reference = (made_type, make)
    if reference is None or name.startswith("_"):
        return
    reference_type, make_reference = reference
    method = getattr(reference_type, name, None)
    if method is None:
        return
    # a classmethod (`fromkeys`) is bound to the type already: the receiver is not an argument.
    # Otherwise the method as a plain call `value.name(...)` reaches it, the type's own function
    # given the value (CPython's messages name the defining type then, `date.isocalendar()` of a
    # datetime; a call spelled `value.name(*args)` goes through a bound method and names the
    # value's type: that rarer spelling is not told apart)
    defined = next((klass.__dict__[name] for klass in reference_type.__mro__ if name in klass.__dict__), None)
    is_classmethod = type(defined).__name__ in ("classmethod", "classmethod_descriptor")
    bound = method if is_classmethod else partial(method, make_reference())
    message = cpython_binding_message(bound, given, keywords or ())
    if message is not None:
        error.args = (message,)
