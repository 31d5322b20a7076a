"""The program's `io` module: `StringIO`, an in-memory text file (what `csv` reads and writes).

Writes at the end are kept as pieces and joined when read, so many small writes cost their size,
not the square of it; the text is checked against the string limit as it grows, and each write and
read is charged by the characters it copies.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import charge_copy, charge_elements
from ..runtime.registry import CONSTANT, LINEAR_IN_ARGUMENT, SCAN, Method, Property
from .support import NativeClass

if TYPE_CHECKING:
    from ..runtime.context import RunContext


class StringIO(PtcObject):
    """`io.StringIO(initial)`: read, write, seek and iterate lines of an in-memory text."""

    __slots__ = ("closed", "ctx", "length", "pieces", "position")
    ptc_name = "_io.StringIO"

    def __init__(self, ctx: RunContext, initial: str) -> None:
        self.ctx = ctx
        self.pieces: list[str] = [initial] if initial else []
        self.length = len(initial)
        self.position = 0
        self.closed = False

    def _text(self) -> str:
        if len(self.pieces) > 1:
            charge_copy(self.ctx, self.length)  # reading after writes joins the whole text again
            self.pieces[:] = ["".join(self.pieces)]
        return self.pieces[0] if self.pieces else ""

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s: object) -> int:
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got {ptc_type_name(s)!r}")
        end = self.position + len(s)
        self.ctx.check_str_length(max(end, self.length))
        charge_copy(self.ctx, len(s))
        if self.position == self.length:
            self.pieces.append(s)
        else:
            text = self._text()
            if self.position > self.length:
                text += "\0" * (self.position - self.length)
            charge_copy(self.ctx, len(text))
            self.pieces[:] = [text[: self.position] + s + text[end:]]
        self.position = end
        self.length = max(self.length, end)
        return len(s)

    def writelines(self, lines: object) -> None:
        for line in lines:  # pyright: ignore[reportGeneralTypeIssues, reportUnknownVariableType]
            self.ctx.charge(1)
            self.write(line)  # pyright: ignore[reportUnknownArgumentType]

    def getvalue(self) -> str:
        self._check_open()
        return self._text()

    def read(self, size: object = -1) -> str:
        self._check_open()
        text = self._text()
        if size is None or (isinstance(size, int) and size < 0):
            end = len(text)
        elif isinstance(size, int):
            end = min(len(text), self.position + size)
        else:
            raise TypeError(f"argument should be integer or None, not {ptc_type_name(size)!r}")
        start = min(self.position, len(text))
        charge_copy(self.ctx, end - start)
        self.position = max(self.position, end)
        return text[start:end]

    def readline(self, size: object = -1) -> str:
        self._check_open()
        text = self._text()
        start = min(self.position, len(text))
        # The search for the newline stops where the line would be cut: `readline(1)` in a loop
        # over a text without newlines must not scan the rest of the text on every call.
        stop = start + size if isinstance(size, int) and size >= 0 else len(text)
        newline = text.find("\n", start, stop)
        end = min(len(text), stop) if newline < 0 else newline + 1
        charge_copy(self.ctx, end - start)
        self.position = max(self.position, end)
        return text[start:end]

    def readlines(self) -> list[str]:
        lines = list(self)
        charge_elements(self.ctx, len(lines))
        return lines

    def seek(self, position: object, whence: object = 0) -> int:
        self._check_open()
        if not isinstance(position, int):
            raise TypeError(f"'{ptc_type_name(position)}' object cannot be interpreted as an integer")
        if whence == 0:
            if position < 0:
                raise ValueError(f"Negative seek position {position}")
            self.position = position
        elif whence in (1, 2):
            if position != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self.position = self.length
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self.position

    def tell(self) -> int:
        self._check_open()
        return self.position

    def truncate(self, size: object = None) -> int:
        self._check_open()
        end = self.position if size is None else size
        if not isinstance(end, int):  # never formats the value: a DAG's repr has 10^12 elements
            raise TypeError(f"'{ptc_type_name(end)}' object cannot be interpreted as an integer")
        if end < 0:
            raise ValueError(f"Negative size value {end}")
        text = self._text()[:end]
        self.pieces[:] = [text] if text else []
        self.length = len(text)
        return end

    def close(self) -> None:
        self.closed = True

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        self.ctx.charge(1)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __repr__(self) -> str:
        return "<_io.StringIO object>"


StringIO.ptc_table = {
    "write": Method(StringIO.write, LINEAR_IN_ARGUMENT),
    "writelines": Method(StringIO.writelines, LINEAR_IN_ARGUMENT),
    "getvalue": Method(StringIO.getvalue, CONSTANT),
    "read": Method(StringIO.read, LINEAR_IN_ARGUMENT),
    "readline": Method(StringIO.readline, SCAN),
    "readlines": Method(StringIO.readlines, SCAN),
    "seek": Method(StringIO.seek, CONSTANT),
    "tell": Method(StringIO.tell, CONSTANT),
    "truncate": Method(StringIO.truncate, LINEAR_IN_ARGUMENT),
    "close": Method(StringIO.close, CONSTANT),
    "closed": Property(operator.attrgetter("closed"), CONSTANT),
}


def make_module(ctx: RunContext) -> ShimModule:
    def new_string_io(initial_value: object = "", newline: object = "\n") -> StringIO:
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {ptc_type_name(initial_value)}")
        charge_copy(ctx, len(initial_value))
        return StringIO(ctx, initial_value)

    return ShimModule("io", {"StringIO": NativeClass("io.StringIO", StringIO, new_string_io)})
