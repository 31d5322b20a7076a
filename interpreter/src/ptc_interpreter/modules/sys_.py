"""The program's `sys` module: a read-only subset describing the language, never the host.

The values are the interpreter's, not the host process's: `version_info` is the CPython release whose
behaviour the interpreter follows (whatever Python runs the worker), `getrecursionlimit()` is the
run's `max_recursion_depth`. Nothing that reaches the process (modules, paths, exit, the recursion
limit's setter) is a member; `setrecursionlimit` exists only to say why. `stdout` and `stderr` are
the run's captured output, not the process's streams: `sys.stdout` joins what `print` writes, and
`sys.stderr` is kept apart (`RunResult.stderr`), as CPython keeps it out of stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.registry import CONSTANT, LINEAR_IN_ARGUMENT, Method, Property, missing_attribute
from .collections_ import NamedTupleBase
from .support import native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_FLOAT_INFO_FIELDS = (
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
)


class StructSeq(NamedTupleBase):
    """A value of one of CPython's C "struct sequences" (`sys.version_info`, `sys.float_info`): a
    tuple whose fields read as attributes, without the named tuple API (`_fields`, `_asdict`...), and
    whose `__getnewargs__` wraps the values in one tuple (its constructor takes one sequence)."""

    __slots__ = ()

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        fields = type(self).ptc_fields
        if name in fields:
            return self[fields.index(name)]
        if name == "__getnewargs__":
            return native("__getnewargs__", lambda: (tuple(self),))
        if name in ("n_fields", "n_sequence_fields"):
            return len(fields)
        if name == "n_unnamed_fields":
            return 0
        message = f"{ptc_type_name(self)!r} object has no attribute {name!r}"
        raise missing_attribute(message, name, fields)


def _struct(name: str, fields: tuple[str, ...], values: tuple[Any, ...]) -> StructSeq:
    cls = type(
        name.rpartition(".")[2], (StructSeq,), {"__slots__": (), "ptc_fields": fields, "ptc_name": name}
    )
    return cls(values)


class OutputStream(PtcObject):
    """`sys.stdout` / `sys.stderr`: writing appends to the run's captured stdout or stderr
    (`RunContext.write_stdout` / `write_stderr`, which limit them)."""

    __slots__ = ("name", "sink")
    ptc_name = "_io.TextIOWrapper"

    def __init__(self, name: str, sink: Callable[[str], None]) -> None:
        self.name = name
        self.sink = sink

    def write(self, s: object) -> int:
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {ptc_type_name(s)}")
        self.sink(s)
        return len(s)

    def flush(self) -> None:
        return None

    def __repr__(self) -> str:
        return f"<_io.TextIOWrapper name='{self.name}' mode='w' encoding='utf-8'>"


OutputStream.ptc_table = {
    "write": Method(OutputStream.write, LINEAR_IN_ARGUMENT),
    "flush": Method(OutputStream.flush, CONSTANT),
    "name": Property(lambda stream: stream.name, CONSTANT),
    "encoding": Property(lambda stream: "utf-8", CONSTANT),
}


VERSION_INFO = (3, 11, 0, "final", 0)
"""The CPython release the interpreter's behaviour follows."""


def make_module(ctx: RunContext) -> ShimModule:
    def getrecursionlimit() -> int:
        return ctx.limits.max_recursion_depth

    def setrecursionlimit(limit: object) -> NoReturn:
        raise RuntimeError(
            "sys.setrecursionlimit is not available: the recursion limit is the run's max_recursion_depth,"
            " set by the host; write the recursion as a loop with an explicit stack"
        )

    members: dict[str, Any] = {
        "version_info": _struct(
            "sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"), VERSION_INFO
        ),
        "version": "3.11.0",
        "hexversion": 0x30B00F0,
        "maxsize": sys.maxsize,
        "maxunicode": sys.maxunicode,
        "byteorder": "little",
        "platform": "linux",  # the platform whose CPython the interpreter follows, never the host's
        "float_info": _struct(
            "sys.float_info",
            _FLOAT_INFO_FIELDS,
            tuple(getattr(sys.float_info, f) for f in _FLOAT_INFO_FIELDS),
        ),
        "stdout": OutputStream("<stdout>", ctx.write_stdout),
        "stderr": OutputStream("<stderr>", ctx.write_stderr),
        "getrecursionlimit": native("getrecursionlimit", getrecursionlimit),
        "setrecursionlimit": native("setrecursionlimit", setrecursionlimit),
    }
    return ShimModule("sys", members)
