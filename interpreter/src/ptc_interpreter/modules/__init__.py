"""Deterministic module shims: the only modules a program can import.

`MODULE_FACTORIES` builds each module for one run (some need the run's host, clock or rng; call each
factory at most once per run so `from x import y` twice yields the same objects). `TYPE_TABLES` is
the allowlist for the value types the shims introduce, merged into `runtime.attr`'s tables.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from ..runtime.allowlist import ShimModule, TypeTable
from . import (
    collections_,
    datetime_,
    functools_,
    itertools_,
    json_,
    math_,
    random_,
    re_,
    statistics_,
    string_,
    time_,
)

if TYPE_CHECKING:
    from ..runtime.context import RunContext

try:
    from .asyncio_ import make_module as _make_asyncio  # pyright: ignore[reportMissingImports, reportUnknownVariableType]
except ImportError:  # core's asyncio shim has not landed yet
    _make_asyncio = None

_FACTORIES: dict[str, Callable[[RunContext], ShimModule]] = {
    "collections": collections_.make_module,
    "datetime": datetime_.make_module,
    "functools": functools_.make_module,
    "itertools": itertools_.make_module,
    "json": json_.make_module,
    "math": math_.make_module,
    "random": random_.make_module,
    "re": re_.make_module,
    "statistics": statistics_.make_module,
    "string": string_.make_module,
    "time": time_.make_module,
}
if _make_asyncio is not None:
    _FACTORIES["asyncio"] = _make_asyncio

MODULE_FACTORIES: Mapping[str, Callable[[RunContext], ShimModule]] = _FACTORIES

TYPE_TABLES: Mapping[type, TypeTable] = {
    **collections_.TYPE_TABLES,
    **datetime_.TYPE_TABLES,
    **re_.TYPE_TABLES,
    **statistics_.TYPE_TABLES,
}
