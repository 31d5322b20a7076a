"""Deterministic module shims: the only modules a program can import.

`MODULE_FACTORIES` builds each module for one run (some need the run's host, clock or rng; call each
factory at most once per run so `from x import y` twice yields the same objects), checked against
its declaration in `members`. `TYPE_TABLES` is
the allowlist for the value types the shims introduce, merged into `runtime.attr`'s tables.
`EXCEPTION_TYPES` are the exception classes the shims raise and expose (`json.JSONDecodeError`,
`re.error`, `statistics.StatisticsError`, `asyncio.QueueEmpty`…): program exceptions, like the builtin ones.
"""

from __future__ import annotations

import asyncio
import binascii
import csv
import json
import re
import statistics
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from ..runtime.allowlist import ShimModule
from ..runtime.registry import TypeTable, name_methods_for_programs
from . import (
    asyncio_,
    base64_,
    bisect_,
    collections_,
    contextlib_,
    copy_,
    csv_,
    dataclasses_,
    datetime_,
    decimal_,
    decimal_context,
    difflib_,
    enum_,
    fractions_,
    functools_,
    hashlib_,
    heapq_,
    html_,
    io_,
    itertools_,
    json_,
    math_,
    operator_,
    pprint_,
    random_,
    re_,
    statistics_,
    string_,
    sys_,
    textwrap_,
    time_,
    types_,
    typing_,
    unicodedata_,
    urllib_parse,
    uuid_,
)
from .members import MODULE_DECLARATIONS, checked_factory

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_FACTORIES: Mapping[str, Callable[[RunContext], ShimModule]] = {
    "asyncio": asyncio_.make_module,
    "base64": base64_.make_module,
    "bisect": bisect_.make_module,
    "collections": collections_.make_module,
    "contextlib": contextlib_.make_module,
    "copy": copy_.make_module,
    "csv": csv_.make_module,
    "dataclasses": dataclasses_.make_module,
    "datetime": datetime_.make_module,
    "enum": enum_.make_module,
    "decimal": decimal_.make_module,
    "fractions": fractions_.make_module,
    "difflib": difflib_.make_module,
    "functools": functools_.make_module,
    "hashlib": hashlib_.make_module,
    "heapq": heapq_.make_module,
    "html": html_.make_module,
    "io": io_.make_module,
    "itertools": itertools_.make_module,
    "json": json_.make_module,
    "math": math_.make_module,
    "operator": operator_.make_module,
    "pprint": pprint_.make_module,
    "random": random_.make_module,
    "re": re_.make_module,
    "statistics": statistics_.make_module,
    "string": string_.make_module,
    "sys": sys_.make_module,
    "textwrap": textwrap_.make_module,
    "time": time_.make_module,
    "types": types_.make_module,
    "typing": typing_.make_module,
    "unicodedata": unicodedata_.make_module,
    "urllib.parse": urllib_parse.make_module,
    "uuid": uuid_.make_module,
}

_CHECKED: dict[str, Callable[[RunContext], ShimModule]] = {
    name: checked_factory(MODULE_DECLARATIONS[name], factory) for name, factory in _FACTORIES.items()
}

MODULE_FACTORIES: Mapping[str, Callable[[RunContext], ShimModule]] = {
    **_CHECKED,
    "urllib": checked_factory(
        MODULE_DECLARATIONS["urllib"], lambda ctx: urllib_parse.make_package(_CHECKED["urllib.parse"](ctx))
    ),
}
"""Every importable module by its full name. A run imports a submodule (`urllib.parse`) through its
package, so both spellings give the same object."""

TYPE_TABLES: Mapping[type, TypeTable] = {
    **collections_.TYPE_TABLES,
    **datetime_.TYPE_TABLES,
    **json_.TYPE_TABLES,
    **re_.TYPE_TABLES,
    **statistics_.TYPE_TABLES,
    **time_.TYPE_TABLES,
    **uuid_.TYPE_TABLES,
}

name_methods_for_programs(TYPE_TABLES)

EXCEPTION_TYPES: frozenset[type[BaseException]] = frozenset(
    {
        json.JSONDecodeError,
        binascii.Error,
        csv.Error,
        re.error,
        statistics.StatisticsError,
        asyncio.InvalidStateError,
        asyncio.QueueEmpty,
        asyncio.QueueFull,
        dataclasses_.FrozenInstanceError,
        *decimal_context.EXCEPTIONS,
    }
)
