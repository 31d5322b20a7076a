"""`print`: the program's output, captured through `RunContext.write_stdout` (and limited there), or
written to the `file=` it names (`sys.stdout`, `sys.stderr`, an `io.StringIO`) through its `write`."""

from __future__ import annotations

from typing import Any

from ..runtime.allowlist import ptc_type_name
from ..runtime.attr import get_attribute
from ..runtime.context import RunContext
from ..runtime.reprs import program_str


def print_(
    ctx: RunContext, *values: Any, sep: Any = " ", end: Any = "\n", file: Any = None, flush: Any = False
) -> None:
    if sep is None:
        sep = " "
    if end is None:
        end = "\n"
    if type(sep) is not str:
        raise TypeError(f"sep must be None or a string, not {ptc_type_name(sep)}")
    if type(end) is not str:
        raise TypeError(f"end must be None or a string, not {ptc_type_name(end)}")
    if file is not None:  # CPython writes each value, separator and the end on its own, in order
        # each value costs a write call or two, made here rather than by the program: charged as its
        # calls (`print(*[''] * 1000, file=sys.stderr)` in a loop ran 23 times the calibration loop)
        ctx.charge(len(values))
        write = get_attribute(ctx, file, "write")
        for index, value in enumerate(values):
            if index:
                write(sep)
            write(program_str(value, ctx))
        write(end)
        return
    if len(values) == 1:
        text = program_str(values[0], ctx)
    else:
        text = sep.join([program_str(value, ctx) for value in values])
    ctx.write_stdout(text + end)
