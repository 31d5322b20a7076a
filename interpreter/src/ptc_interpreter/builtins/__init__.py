"""Builtin functions the program can call, one module per family, assembled per run.

`make_builtins(ctx)` returns the names a program sees without importing anything. Functions that
charge the budget or check sizes are bound to the run's `RunContext` and wrapped in
`NativeFunction` (fixed repr, no reachable internals); builtin types are `BuiltinType`s; pure C
helpers whose reprs are already fixed (`len`, `abs`, `isinstance`…) are the host's own,
which keeps the hottest calls free of wrapper overhead. None of them has an attribute the program
can read beyond `__name__` (see `runtime.attr`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from types import MappingProxyType
from typing import Any

from ..runtime.context import RunContext
from ..runtime.indexing import as_index, indexed_arguments
from ..runtime.lazy import LAZY_TYPES
from ..runtime.values import FrozenOrderedSet, OrderedSet
from . import hashing, io, iteration, numeric, sequences, strings
from .arity import RunBuiltin, shared_builtin
from .exceptions import EXCEPTION_CLASSES
from .types import BuiltinType, TypeRegistry, make_introspection

__all__ = ["BuiltinType", "make_builtins"]

_HOST_FUNCTIONS: dict[str, Any] = {
    "abs": abs,
    "iter": iter,
    "len": len,
    "next": next,
    "ord": ord,
}
"""O(1)-per-call host builtins: safe to expose as they are (see the module docstring). The lazy
builtins (`map`, `zip`...) are types of bounded depth (`runtime.lazy`)."""


def _taking_index(function: Callable[[Any], Any]) -> Callable[..., Any]:
    """A one-integer host builtin that also takes a program instance with `__index__`."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return function(*map(as_index, args), **kwargs)  # a wrong count gets the host's own message

    return call


_INDEX_FUNCTIONS = {
    name: _taking_index(function)
    for name, function in (("bin", bin), ("chr", chr), ("hex", hex), ("oct", oct))
}
"""O(1) host builtins of one integer (`runtime.indexing`)."""

_CHARGED_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "all": iteration.all_,
    "any": iteration.any_,
    "ascii": strings.ascii_,
    "divmod": numeric.divmod_,
    "format": strings.format_,
    "hash": hashing.hash_,
    "max": iteration.max_,
    "min": iteration.min_,
    "pow": numeric.pow_,
    "print": io.print_,
    "repr": strings.repr_,
    "round": numeric.round_,
    "sorted": sequences.sorted_,
    "sum": iteration.sum_,
}

_TYPES: dict[str, tuple[type[Any], Callable[..., Any] | None]] = {
    "int": (int, numeric.make_int),
    "float": (float, numeric.make_float),
    "bool": (bool, numeric.make_bool),
    "str": (str, strings.make_str),
    "bytes": (bytes, strings.make_bytes),
    "list": (list, sequences.make_list),
    "tuple": (tuple, sequences.make_tuple),
    "dict": (dict, sequences.make_dict),
    "set": (OrderedSet, sequences.make_set),
    "frozenset": (FrozenOrderedSet, sequences.make_frozenset),
    **LAZY_TYPES,
    "range": (range, None),
    "slice": (slice, sequences.make_slice),
    "object": (object, None),
    "NoneType": (type(None), None),
}


def _range(*args: Any) -> range:
    try:
        return range(*args)
    except TypeError:  # a bound that is a program instance with `__index__`
        return range(*indexed_arguments(args))


_SHARED_NAMES: MappingProxyType[str, Any] = MappingProxyType(
    {
        **_HOST_FUNCTIONS,
        **{name: shared_builtin(name, function) for name, function in _INDEX_FUNCTIONS.items()},
        **EXCEPTION_CLASSES,
        "NotImplemented": NotImplemented,
        "Ellipsis": Ellipsis,
    }
)
"""The builtins that hold no run state: copied into each run's namespace as they are."""

_RUN_BUILTINS = tuple(RunBuiltin.of(name, function) for name, function in _CHARGED_FUNCTIONS.items())


def make_builtins(ctx: RunContext) -> dict[str, Any]:
    """The builtin namespace for one run."""
    constructors: dict[str, tuple[type[Any], Callable[..., Any] | None]] = {}
    for name, (python_type, constructor) in _TYPES.items():
        constructors[name] = (python_type, partial(constructor, ctx) if constructor is not None else None)
    constructors["range"] = (range, _range)
    constructors["object"] = (object, object)
    registry = TypeRegistry(ctx, constructors)
    ctx.type_of = registry.type_of
    namespace = _SHARED_NAMES.copy()  # the underlying dict's copy, one C call
    for builtin in _RUN_BUILTINS:
        namespace[builtin.name] = builtin.bind(ctx)
    namespace.update(make_introspection(ctx))
    namespace.update(registry.types)
    del namespace["NoneType"]  # registered for `type(None)`, but not a builtin name
    return namespace
