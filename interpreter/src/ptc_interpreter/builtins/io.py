"""`print`: the program's only output, captured through `RunContext.write_stdout` (and limited there)."""

from __future__ import annotations

from typing import Any

from ..runtime.allowlist import ptc_type_name
from ..runtime.context import RunContext
from ..runtime.reprs import program_str


def print_(
    ctx: RunContext, *values: Any, sep: Any = " ", end: Any = "\n", file: Any = None, flush: Any = False
) -> None:
    if file is not None:
        raise TypeError("print(file=...) is not supported: output always goes to the captured stdout")
    if sep is None:
        sep = " "
    if end is None:
        end = "\n"
    if type(sep) is not str:
        raise TypeError(f"sep must be None or a string, not {ptc_type_name(sep)}")
    if type(end) is not str:
        raise TypeError(f"end must be None or a string, not {ptc_type_name(end)}")
    if len(values) == 1:
        text = program_str(values[0], ctx)
    else:
        text = sep.join([program_str(value, ctx) for value in values])
    ctx.write_stdout(text + end)
