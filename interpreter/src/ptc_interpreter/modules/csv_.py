"""The program's `csv` module: CPython's parser and writer over program files (`io.StringIO`, lists
of lines, any iterable of str, any object with a `write` method).

CPython's reader and writer run on host objects only: lines reach the reader through a charged
iterator that accepts nothing but str, and the writer writes to an adapter that calls the program's
own `write`, after every field was turned into text by the program's own `str()` (a program
object's `__str__` never runs as host code). Dialects are the builtin names or keyword options of
plain types; the process-wide `field_size_limit` and dialect registry are not members.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportGeneralTypeIssues=false

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..runtime import attr
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.registry import CALLBACK, CONSTANT, Method, Property
from ..runtime.reprs import program_repr, program_str
from .support import PARSE_CHARS_PER_STEP, NativeClass, ShimIterator

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_OPTIONS: dict[str, tuple[type, ...]] = {
    "delimiter": (str,),
    "quotechar": (str, type(None)),
    "escapechar": (str, type(None)),
    "doublequote": (bool,),
    "skipinitialspace": (bool,),
    "lineterminator": (str,),
    "quoting": (int,),
    "strict": (bool,),
}
_DIALECTS = frozenset({"excel", "excel-tab", "unix"})


def _format(dialect: object, options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    if not isinstance(dialect, str) or dialect not in _DIALECTS:
        raise csv.Error("unknown dialect")
    for name, value in options.items():
        kinds = _OPTIONS.get(name)
        if kinds is None:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if not isinstance(value, kinds):
            raise TypeError(f'"{name}" must be {kinds[0].__name__}, not {ptc_type_name(value)}')
    if len(options.get("lineterminator", "")) > 1000:
        raise ValueError("lineterminator longer than 1000 characters is not supported")
    return dialect, options


def _lines(ctx: RunContext, source: Any) -> Iterator[str]:
    for line in source:
        if not isinstance(line, str):
            raise csv.Error(
                f"iterator should return strings, not {ptc_type_name(line)} (the file should be opened in text mode)"
            )
        ctx.charge(len(line) // PARSE_CHARS_PER_STEP + 1)
        yield line


def _field(ctx: RunContext, value: Any) -> Any:
    """Plain values go to CPython's writer as they are (it tells numbers from text for
    QUOTE_NONNUMERIC, and writes them as the program's `str` does); anything else as its `str()`."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    return program_str(value, ctx)


class _ProgramFile:
    """What CPython's writer writes to: the program file's own `write`, called as the program would."""

    __slots__ = ("write",)

    def __init__(self, ctx: RunContext, target: Any) -> None:
        try:
            self.write: Callable[[str], Any] = attr.get_attribute(ctx, target, "write")
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None


class Writer(PtcObject):
    """`csv.writer(f)`: `writerow`, `writerows`."""

    __slots__ = ("ctx", "writer")
    ptc_name = "_csv.writer"

    def __init__(self, ctx: RunContext, target: Any, dialect: object, options: dict[str, Any]) -> None:
        name, checked = _format(dialect, options)
        self.ctx = ctx
        self.writer = csv.writer(_ProgramFile(ctx, target), name, **checked)  # pyright: ignore[reportArgumentType]

    def writerow(self, row: object) -> Any:
        if isinstance(row, str | bytes) or not hasattr(type(row), "__iter__"):
            raise csv.Error(f"iterable expected, not {ptc_type_name(row)}")
        fields = [_field(self.ctx, value) for value in row]  # pyright: ignore[reportUnknownVariableType, reportGeneralTypeIssues]
        self.ctx.charge(
            sum(len(f) for f in fields if isinstance(f, str)) // PARSE_CHARS_PER_STEP + len(fields) + 1
        )
        return self.writer.writerow(fields)

    def writerows(self, rows: object) -> None:
        for row in rows:  # pyright: ignore[reportGeneralTypeIssues, reportUnknownVariableType]
            self.writerow(row)

    def __repr__(self) -> str:
        return "<_csv.writer object>"


Writer.ptc_table = {
    "writerow": Method(Writer.writerow, CALLBACK),
    "writerows": Method(Writer.writerows, CALLBACK),
}


class DictWriter(PtcObject):
    """`csv.DictWriter(f, fieldnames)`: rows are dicts, written in `fieldnames` order."""

    __slots__ = ("extrasaction", "fieldnames", "restval", "writer")
    ptc_name = "DictWriter"

    def __init__(
        self,
        ctx: RunContext,
        target: Any,
        fieldnames: Any,
        restval: Any,
        extrasaction: object,
        dialect: object,
        options: dict[str, Any],
    ) -> None:
        if not isinstance(extrasaction, str) or extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.fieldnames = list(fieldnames)
        self.restval = restval
        self.extrasaction = extrasaction.lower()
        self.writer = Writer(ctx, target, dialect, options)

    def writeheader(self) -> Any:
        return self.writer.writerow(self.fieldnames)

    def writerow(self, rowdict: Any) -> Any:
        if self.extrasaction == "raise":
            wrong = [key for key in rowdict if key not in self.fieldnames]
            if wrong:
                raise ValueError(
                    "dict contains fields not in fieldnames: "
                    + ", ".join(program_repr(x, self.writer.ctx) for x in wrong)
                )
        return self.writer.writerow([rowdict.get(key, self.restval) for key in self.fieldnames])

    def writerows(self, rows: object) -> None:
        for row in rows:  # pyright: ignore[reportGeneralTypeIssues, reportUnknownVariableType]
            self.writerow(row)

    def __repr__(self) -> str:
        return "<csv.DictWriter object>"


DictWriter.ptc_table = {
    "fieldnames": Property(lambda w: w.fieldnames, CONSTANT),
    "writeheader": Method(DictWriter.writeheader, CALLBACK),
    "writerow": Method(DictWriter.writerow, CALLBACK),
    "writerows": Method(DictWriter.writerows, CALLBACK),
}


class DictReader(PtcObject):
    """`csv.DictReader(f)`: each row as a dict keyed by the first row (or `fieldnames`)."""

    __slots__ = ("known_fieldnames", "reader", "restkey", "restval")
    ptc_name = "DictReader"

    def __init__(self, reader: Iterator[list[str]], fieldnames: Any, restkey: Any, restval: Any) -> None:
        self.reader = reader
        self.known_fieldnames: list[Any] | None = None if fieldnames is None else list(fieldnames)
        self.restkey = restkey
        self.restval = restval

    @property
    def fieldnames(self) -> list[Any] | None:
        if self.known_fieldnames is None:
            self.known_fieldnames = next(self.reader, None)
        return self.known_fieldnames

    def __iter__(self) -> DictReader:
        return self

    def __next__(self) -> dict[Any, Any]:
        names = self.fieldnames
        row = next(self.reader)
        while row == []:
            row = next(self.reader)
        assert names is not None
        result: dict[Any, Any] = dict(zip(names, row, strict=False))
        if len(names) < len(row):
            result[self.restkey] = row[len(names) :]
        elif len(names) > len(row):
            for key in names[len(row) :]:
                result[key] = self.restval
        return result

    def __repr__(self) -> str:
        return "<csv.DictReader object>"


DictReader.ptc_table = {"fieldnames": Property(lambda r: r.fieldnames, CONSTANT)}


def make_module(ctx: RunContext) -> ShimModule:
    def reader(csvfile: Any, dialect: object = "excel", **options: Any) -> ShimIterator:
        name, checked = _format(dialect, options)
        return ShimIterator("_csv.reader", csv.reader(_lines(ctx, csvfile), name, **checked), ctx)

    def writer(csvfile: Any, dialect: object = "excel", **options: Any) -> Writer:
        return Writer(ctx, csvfile, dialect, options)

    def dict_reader(
        f: Any,
        fieldnames: Any = None,
        restkey: Any = None,
        restval: Any = None,
        dialect: object = "excel",
        **options: Any,
    ) -> DictReader:
        return DictReader(reader(f, dialect, **options), fieldnames, restkey, restval)

    def dict_writer(
        f: Any,
        fieldnames: Any,
        restval: Any = "",
        extrasaction: object = "raise",
        dialect: object = "excel",
        **options: Any,
    ) -> DictWriter:
        return DictWriter(ctx, f, fieldnames, restval, extrasaction, dialect, options)

    members: dict[str, Any] = {
        "reader": NativeClass("_csv.reader", ShimIterator, reader),
        "writer": NativeClass("_csv.writer", Writer, writer),
        "DictReader": NativeClass("csv.DictReader", DictReader, dict_reader),
        "DictWriter": NativeClass("csv.DictWriter", DictWriter, dict_writer),
        "Error": csv.Error,
    }
    for name in ("QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"):
        members[name] = getattr(csv, name)
    return ShimModule("csv", members)
