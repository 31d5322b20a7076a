"""Exceptions as the program sees them, and how they become a `PtcError` when they escape.

Program exceptions are real Python exceptions (`raise`/`except` are CPython's own). Three things
need care, and all of them live here:

- A tool's exception must be catchable (`except Exception as e`, `str(e)` is the tool's message)
  without handing the program the host's exception object (its attributes, traceback, `__cause__`
  chain may reach host state). It is replaced by a fresh exception of the same builtin class, or a
  `ToolError`, carrying only the message.
- Positions: as an exception leaves a statement, an expression or a program function, the compiled
  code notes where (`note_position`, `note_frame`); the notes live in `_ptc_*` attributes the
  program can never read (no `_` attribute is reachable).
- Exceptions that are not the program's to handle (`PtcError`s such as limits, `RecursionError`,
  `MemoryError`) are never caught by `except` clauses, and become `PtcLimitError` at the end.
"""

from __future__ import annotations

import asyncio
import builtins
from typing import TYPE_CHECKING, Any

from ..errors import (
    Frame,
    PtcError,
    PtcInternalError,
    PtcLimitError,
    PtcRuntimeError,
    PtcToolError,
    SourceSpan,
)
from .allowlist import ptc_type_name

if TYPE_CHECKING:
    from collections.abc import Sequence


class ToolError(Exception):
    """A tool failed with an exception class the program does not know; `str(e)` is its message."""


PROGRAM_EXCEPTIONS: dict[str, type[BaseException]] = {
    name: getattr(builtins, name)
    for name in (
        "BaseException",
        "Exception",
        "ArithmeticError",
        "AssertionError",
        "AttributeError",
        "IndexError",
        "KeyError",
        "LookupError",
        "NameError",
        "NotImplementedError",
        "OverflowError",
        "RuntimeError",
        "StopIteration",
        "StopAsyncIteration",
        "TimeoutError",
        "TypeError",
        "UnboundLocalError",
        "ValueError",
        "ZeroDivisionError",
        "UnicodeError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "ConnectionError",
        "ConnectionAbortedError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "BrokenPipeError",
        "PermissionError",
        "FileNotFoundError",
        "FileExistsError",
        "IsADirectoryError",
        "NotADirectoryError",
        "InterruptedError",
        "BlockingIOError",
        "ChildProcessError",
        "ProcessLookupError",
        "OSError",
        "IOError",
        "EnvironmentError",
        "EOFError",
        "FloatingPointError",
        "BufferError",
        "ImportError",
        "ModuleNotFoundError",
        "UnicodeTranslateError",
        "Warning",
        "UserWarning",
        "DeprecationWarning",
        "PendingDeprecationWarning",
        "FutureWarning",
        "RuntimeWarning",
        "SyntaxWarning",
        "ImportWarning",
        "UnicodeWarning",
        "BytesWarning",
        "ResourceWarning",
        "EncodingWarning",
        "BaseExceptionGroup",
        "ExceptionGroup",
    )
}
"""Builtin exception classes a program can name, raise and catch (plus `ToolError`). Left out: the
uncatchable ones (`RecursionError`, `MemoryError`), those that stop the interpreter or a generator
(`SystemExit`, `KeyboardInterrupt`, `GeneratorExit`, `SystemError`) and `SyntaxError` and its
subclasses, which would read as the interpreter's own report of a bad program."""
PROGRAM_EXCEPTIONS["ToolError"] = ToolError

_TOOL_VISIBLE: frozenset[type[BaseException]] = frozenset(PROGRAM_EXCEPTIONS.values()) - {
    BaseException,
    BaseExceptionGroup,  # a group's members are host exceptions: a tool's group stays a ToolError
    ExceptionGroup,
}

UNCATCHABLE: tuple[type[BaseException], ...] = (PtcError, RecursionError, MemoryError)
"""Never matched by a program's `except` clause, whatever it names."""


def is_uncatchable(exc: BaseException) -> bool:
    return isinstance(exc, UNCATCHABLE)


def convert_tool_exception(exc: BaseException, tool: str) -> BaseException:
    """A fresh program exception standing for the tool's `exc`: same builtin class, or `ToolError`."""
    if isinstance(exc, asyncio.CancelledError):
        return exc
    message = _safe_str(exc)
    cls = type(exc)
    program_cls: type[BaseException] = cls if cls in _TOOL_VISIBLE else ToolError
    converted: BaseException = program_cls(message)
    if exc.args and all(type(arg) in (str, int, float, bool, type(None)) for arg in exc.args):
        try:  # keep the args when they are plain data (str(KeyError('k')) is "'k'")
            converted = program_cls(*exc.args)
        except Exception:
            converted = program_cls(message)
    converted._ptc_tool = tool  # type: ignore[attr-defined]
    converted._ptc_tool_type = cls.__name__  # type: ignore[attr-defined]
    return converted


def _safe_str(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:
        return type(exc).__name__


def source_span(node: Any) -> SourceSpan:
    """The `SourceSpan` of an AST node (compiled closures keep the node and convert only on error)."""
    if isinstance(node, SourceSpan):
        return node
    line = getattr(node, "lineno", 0)
    col = getattr(node, "col_offset", 0)
    end_line = getattr(node, "end_lineno", None) or line
    end_col = getattr(node, "end_col_offset", None)
    return SourceSpan(line, col, end_line, end_col if end_col is not None else col + 1)


def note_position(exc: BaseException, node: Any) -> None:
    """Record the innermost program position an exception passed (first call wins per frame).
    `node` is an AST node (or a `SourceSpan`)."""
    span = source_span(node)
    if isinstance(exc, PtcError):
        if exc.span is None:
            exc.span = span
        return
    try:
        exc_dict = exc.__dict__
    except AttributeError:  # pragma: no cover - every BaseException has a __dict__
        return
    if "_ptc_here" not in exc_dict or exc_dict["_ptc_here"] is None:
        exc_dict["_ptc_here"] = span
        if "_ptc_span" not in exc_dict:
            exc_dict["_ptc_span"] = span


def note_frame(exc: BaseException, function: str) -> None:
    """Close the current program frame in the exception's traceback as it leaves `function`."""
    try:
        exc_dict = exc.__dict__
    except AttributeError:  # pragma: no cover
        return
    here = exc_dict.get("_ptc_here")
    if here is not None:
        frames: list[Frame] = exc_dict.setdefault("_ptc_frames", [])
        frames.append(Frame(function, here))
        exc_dict["_ptc_here"] = None


def reset_position(exc: BaseException) -> None:
    """A caught exception raised again starts a fresh traceback at its new `raise`."""
    try:
        exc_dict = exc.__dict__
    except AttributeError:  # pragma: no cover
        return
    for key in ("_ptc_here", "_ptc_span", "_ptc_frames"):
        exc_dict.pop(key, None)


def exception_message(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:
        return ptc_type_name(exc)


def to_ptc_error(exc: BaseException, source_lines: Sequence[str]) -> PtcError:
    """The `PtcError` reporting an exception that escaped the program (or the interpreter)."""
    if isinstance(exc, PtcError):
        if exc.span is not None and exc.source_line is None:
            exc.source_line = _line(source_lines, exc.span)
        return exc
    exc_dict: dict[str, Any] = getattr(exc, "__dict__", {})
    span: SourceSpan | None = exc_dict.get("_ptc_span")
    frames: list[Frame] = list(exc_dict.get("_ptc_frames", []))
    here = exc_dict.get("_ptc_here")
    if here is not None:
        frames.append(Frame("<module>", here))
    frames.reverse()
    source_line = _line(source_lines, span)
    if isinstance(exc, RecursionError):
        return PtcLimitError(
            "max_recursion_depth",
            "maximum recursion depth exceeded",
            span=span,
            source_line=source_line,
            hint="use a loop instead of deep recursion",
        )
    if isinstance(exc, MemoryError):
        return PtcLimitError("max_container_length", "out of memory", span=span, source_line=source_line)
    if isinstance(exc, asyncio.CancelledError):
        return PtcRuntimeError(
            "CancelledError", "the program was cancelled", span=span, source_line=source_line
        )
    if isinstance(exc, StopIteration) and exc_dict.get("_ptc_span") is None:
        return PtcInternalError(f"unexpected StopIteration: {exc!r}")
    if _is_program_exception(exc):
        exc_type = ptc_type_name(exc)
        message = exception_message(exc)
        tool = exc_dict.get("_ptc_tool")
        if tool is not None:
            return PtcToolError(
                tool,
                exc_dict.get("_ptc_tool_type", exc_type),
                message,
                span=span,
                source_line=source_line,
                frames=tuple(frames),
            )
        return PtcRuntimeError(
            exc_type,
            message,
            span=span,
            source_line=source_line,
            hint=exc_dict.get("_ptc_hint"),  # e.g. attr's did-you-mean (data engineer, minimal edit)
            frames=tuple(frames),
        )
    return PtcInternalError(
        f"interpreter bug: {type(exc).__name__}: {_safe_str(exc)}", span=span, source_line=source_line
    )


def _is_program_exception(exc: BaseException) -> bool:
    from ..modules import EXCEPTION_TYPES  # json.JSONDecodeError, re.error, … raised by module shims
    from .objects import ProgramInstance

    cls = type(exc)
    return (
        cls in _TOOL_VISIBLE
        or isinstance(exc, ProgramInstance)
        or cls.__module__ == "builtins"
        or cls in EXCEPTION_TYPES
    )


def _line(source_lines: Sequence[str], span: SourceSpan | None) -> str | None:
    if span is None or not 1 <= span.line <= len(source_lines):
        return None
    return source_lines[span.line - 1]
