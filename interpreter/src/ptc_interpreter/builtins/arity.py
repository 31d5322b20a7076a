"""CPython's own messages for builtins called with the wrong arguments.

The interpreter implements many builtins in Python (to charge the budget or check sizes), so a
wrong call raises Python's binding error for the host function (`sorted() missing 1 required
positional argument: 'iterable'`, `make_list() takes from 1 to 2 positional arguments`), where
CPython's C builtins say `sorted expected 1 argument, got 0` and `list expected at most 1 argument,
got 2`; programs compare `str(e)`. The message is rebuilt only after the call failed to bind, so
a successful call pays nothing.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from ..runtime.indexing import with_index_converted
from ..runtime.native import NativeFunction
from ..runtime.values import FrozenOrderedSet, OrderedSet

Message = Callable[[int], str]
"""The message for a call that passed this many positional arguments."""


def _plural(count: int) -> str:
    return "argument" if count == 1 else "arguments"


def _exactly_one(name: str) -> Message:
    return lambda given: f"{name}() takes exactly one argument ({given} given)"


def _expected(name: str, count: int) -> Message:
    return lambda given: f"{name} expected {count} {_plural(count)}, got {given}"


def _at_least(name: str, count: int) -> Message:
    return lambda given: f"{name} expected at least {count} {_plural(count)}, got {given}"


def _at_most(name: str, count: int) -> Message:
    return lambda given: f"{name} expected at most {count} {_plural(count)}, got {given}"


def _takes_at_most(name: str, count: int, required: tuple[str, ...] = ()) -> Message:
    """`round() takes at most 2 arguments (3 given)`, or `missing required argument 'x' (pos 1)`."""

    def message(given: int) -> str:
        if given < len(required):
            return f"{name}() missing required argument {required[given]!r} (pos {given + 1})"
        return f"{name}() takes at most {count} {_plural(count)} ({given} given)"

    return message


def _sum(given: int) -> str:
    if given == 0:
        return "sum() takes at least 1 positional argument (0 given)"
    return f"sum() takes at most 2 arguments ({given} given)"


FUNCTION_MESSAGES: Mapping[str, Message] = {
    "all": _exactly_one("all"),
    "any": _exactly_one("any"),
    "ascii": _exactly_one("ascii"),
    "hash": _exactly_one("hash"),
    "repr": _exactly_one("repr"),
    "callable": _exactly_one("callable"),
    "sorted": _expected("sorted", 1),
    "divmod": _expected("divmod", 2),
    "isinstance": _expected("isinstance", 2),
    "issubclass": _expected("issubclass", 2),
    "hasattr": _expected("hasattr", 2),
    "setattr": _expected("setattr", 3),
    "delattr": _expected("delattr", 2),
    "getattr": _at_least("getattr", 2),
    "format": _at_least("format", 1),
    "min": _at_least("min", 1),
    "max": _at_least("max", 1),
    "round": _takes_at_most("round", 2, ("number",)),
    "pow": _takes_at_most("pow", 3, ("base", "exp")),
    "sum": _sum,
}
"""Builtin functions written in Python here, by name."""

TYPE_MESSAGES: Mapping[str, Message] = {
    "list": _at_most("list", 1),
    "tuple": _at_most("tuple", 1),
    "set": _at_most("set", 1),
    "frozenset": _at_most("frozenset", 1),
    "dict": _at_most("dict", 1),
    "bool": _at_most("bool", 1),
    "float": _at_most("float", 1),
    "int": _takes_at_most("int", 2),
    "str": _takes_at_most("str", 3),
    "bytes": _takes_at_most("bytes", 3),
    "map": lambda given: "map() must have at least two arguments.",
    "filter": _expected("filter", 2),
    "reversed": _expected("reversed", 1),
    "enumerate": lambda given: (
        "enumerate() missing required argument 'iterable'"
        if given == 0
        else f"enumerate() takes at most 2 arguments ({given} given)"
    ),
}
"""Builtin type constructors, by type name."""

KEYWORD_OWNERS: Mapping[str, str] = {"print": "print", "sorted": "sort", "min": "min", "max": "max"}
"""Builtins whose unknown keyword CPython reports as `'x' is an invalid keyword argument for f()`."""

_UNEXPECTED_KEYWORD = re.compile(r"got an unexpected keyword argument ('.*'|\".*\")$")


def restate(
    error: TypeError, function: Callable[..., Any], name: str, given: int, messages: Mapping[str, Message]
) -> None:
    """Replace the host's binding error of `function` (called as the builtin `name` with `given`
    positional arguments) by CPython's message; leave any other error as it is."""
    target = function.func if isinstance(function, partial) else function
    host_name = getattr(target, "__qualname__", None)
    if len(error.args) != 1 or not isinstance(error.args[0], str) or not isinstance(host_name, str):
        return
    text: str = error.args[0]
    if not (text.startswith(host_name + "()") or text.startswith(name + "()")):
        return  # raised inside the function: its own message
    keyword = _UNEXPECTED_KEYWORD.search(text)
    if keyword is not None:
        owner = KEYWORD_OWNERS.get(name)
        if owner is not None:
            quoted = f"'{keyword.group(1)[1:-1]}'"  # CPython quotes the name, with no repr escapes
            error.args = (f"{quoted} is an invalid keyword argument for {owner}()",)
        else:
            error.args = (f"{name}{text[text.index('()') :]}",)
        return
    message = messages.get(name)
    if message is not None and ("positional argument" in text):
        error.args = (message(given),)


class BuiltinFunction(NativeFunction):
    """A builtin written in Python here whose binding errors read as CPython's."""

    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return self.function(*args, **kwargs)
        except TypeError as error:
            restate(error, self.function, self.name, len(args), FUNCTION_MESSAGES)
            retry = with_index_converted(error, args, kwargs)
            if retry is None:
                raise
        return self(*retry[0], **(retry[1] or {}))


def with_cpython_messages(namespace: dict[str, Any]) -> None:
    """Rewrap the builtins of `namespace` that have a CPython message here."""
    for name in (*FUNCTION_MESSAGES, *KEYWORD_OWNERS):
        value = namespace.get(name)
        if type(value) is NativeFunction:
            namespace[name] = BuiltinFunction(name, value.function)


# -- methods of builtin types -------------------------------------------------------------------------

_ARITY_MESSAGE = re.compile(
    r"takes (no|exactly one|exactly \d+|at most \d+|at least \d+|from \d+ to \d+|\d+) (positional )?"
    r"arguments? (\(\d+ given\)|but \d+ (was|were) given)"
    r"|expected (at most |at least )?\d+ arguments?, got \d+"
    r"|missing (\d+ )?required (positional |keyword-only )?arguments?"
    r"|got an unexpected keyword argument|takes no (positional |keyword )?arguments|is an invalid keyword argument"
    r"|got multiple values for argument|got some positional-only arguments passed as keyword"
)
"""A binding error (wrong number or names of arguments), as Python and C functions word them."""

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
    if _ARITY_MESSAGE.search(error.args[0]) is None:
        return
    reference = _REFERENCE_RECEIVERS.get(receiver.__class__)
    if reference is None or name.startswith("_"):
        return
    reference_type, make_reference = reference
    method = getattr(reference_type, name, None)
    if method is None:
        return
    try:
        method(make_reference(), *([None] * given), **dict.fromkeys(keywords or (), None))
    except TypeError as reference_error:
        text = str(reference_error)
        if _ARITY_MESSAGE.search(text) is not None:
            error.args = (text,)
    except Exception:  # the arguments bound: the reference has no message to give
        return
