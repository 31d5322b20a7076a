"""Exceptions as the program sees them, and how they become a `PtcError` when they escape.

Program exceptions are real Python exceptions (`raise`/`except` are CPython's own). Three things
need care, and all of them live here:

- A tool's exception must be catchable (`except Exception as e`, `str(e)` is the tool's message)
  without handing the program the host's exception object (its attributes, traceback, `__cause__`
  chain may reach host state). It is replaced by a fresh exception of the same builtin class, or a
  `ToolError`, carrying only the message.
- Positions: as an exception leaves a statement, an expression or a program function, the compiled
  code notes where (`note_position`, `note_frame`). The notes (and a tool failure's name, a
  did-you-mean hint) live in one `ExceptionNotes` record under a key that is not a string, so no
  program write (`setattr`, a generated `__init__`, a dataclass field) can reach or forge them: the
  report is built only from what the interpreter recorded.
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
    PtcRecursionError,
    PtcRuntimeError,
    PtcToolError,
    SourceSpan,
)
from ..host import RelayedToolError
from ..limits import Limits
from .allowlist import ptc_type_name
from .reprs import native_text_for_programs, program_repr, program_str

DEFAULT_MAX_STRING_LENGTH = Limits().max_string_length

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .context import RunContext


class ToolError(Exception):
    """A tool failed with an exception class the program does not know; `str(e)` is its message."""

    ptc_name = "ToolError"
    __module__ = "builtins"  # CPython's own messages show the class as <class 'ToolError'>, no host path


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
"""Builtin exception classes a program can name, raise and catch (plus `ToolError` and the program's
`RecursionError`, `MemoryError`, `KeyboardInterrupt` and `SystemExit`, below). Left out: the uncatchable ones (the host's `RecursionError`, `MemoryError`), those that stop the interpreter or a generator
(the host's `SystemExit` and `KeyboardInterrupt`, `GeneratorExit`, `SystemError`) and `SyntaxError` and its
subclasses, which would read as the interpreter's own report of a bad program."""
PROGRAM_EXCEPTIONS["ToolError"] = ToolError


class ProgramRecursionError(RuntimeError):
    """The program's `RecursionError`: a call past `Limits.max_recursion_depth` program frames, which
    the program may catch as in CPython. It is not the host's `RecursionError` (the host stack running
    out, which stays uncatchable): the depth is the interpreter's own count, the same in every
    process, and the host stack has room for it (`api._ensure_python_recursion_room`). Uncaught, it
    ends the run as the `max_recursion_depth` limit, with `ptc_detail` naming the function (a host
    attribute: a program's attributes on an exception live apart, see `runtime.attr`)."""

    ptc_name = "RecursionError"
    __module__ = "builtins"
    ptc_detail: str | None = None
    """Set on the interpreter's own (the limit tripping); None on one the program raises itself."""


_RECURSION_MESSAGE = "maximum recursion depth exceeded"


def recursion_error(detail: str, message: str = _RECURSION_MESSAGE) -> ProgramRecursionError:
    """What a call past the depth limit raises: CPython's message, and `detail`, the report's hint."""
    error = ProgramRecursionError(message)
    error.ptc_detail = detail
    return error


ProgramRecursionError.__name__ = ProgramRecursionError.__qualname__ = "RecursionError"
PROGRAM_EXCEPTIONS["RecursionError"] = ProgramRecursionError


class ProgramMemoryError(Exception):
    """The program's `MemoryError`, which it may name, raise and catch as in CPython. It is not the
    host's `MemoryError` (the host process running out, which stays uncatchable and ends the run):
    the interpreter never raises this one itself (a size past the limits is `LimitExceeded`)."""

    ptc_name = "MemoryError"
    __module__ = "builtins"


ProgramMemoryError.__name__ = ProgramMemoryError.__qualname__ = "MemoryError"
PROGRAM_EXCEPTIONS["MemoryError"] = ProgramMemoryError


class ProgramKeyboardInterrupt(BaseException):
    """The program's `KeyboardInterrupt`, which it may raise and catch (`except BaseException`, never
    `except Exception`) as in CPython. Not the host's, which stops the interpreter: nothing but the
    program raises this one, and uncaught it is an ordinary program error."""

    ptc_name = "KeyboardInterrupt"
    __module__ = "builtins"


ProgramKeyboardInterrupt.__name__ = ProgramKeyboardInterrupt.__qualname__ = "KeyboardInterrupt"
PROGRAM_EXCEPTIONS["KeyboardInterrupt"] = ProgramKeyboardInterrupt


class ProgramSystemExit(BaseException):
    """The program's `SystemExit` (as `ProgramKeyboardInterrupt`): `code` is its argument, as
    CPython's (None without one, the tuple of them with several). It ends nothing but the program
    code it unwinds; uncaught, it is reported as an error of the program."""

    ptc_name = "SystemExit"
    __module__ = "builtins"

    @property
    def code(self) -> Any:
        args = self.args
        return None if not args else args[0] if len(args) == 1 else args


ProgramSystemExit.__name__ = ProgramSystemExit.__qualname__ = "SystemExit"
PROGRAM_EXCEPTIONS["SystemExit"] = ProgramSystemExit

_TOOL_VISIBLE: frozenset[type[BaseException]] = frozenset(PROGRAM_EXCEPTIONS.values()) - {
    ProgramKeyboardInterrupt,  # a tool's KeyboardInterrupt or SystemExit is the host's business
    ProgramSystemExit,
    BaseException,
    BaseExceptionGroup,  # a group's members are host exceptions: a tool's group stays a ToolError
    ExceptionGroup,
}


class _NotesKey:
    """The `__dict__` key of an exception's `ExceptionNotes`: not a str, so unlike every attribute
    name a program (or a shim writing fields on its behalf) can use, it cannot be written or read."""

    __slots__ = ()


_NOTES_KEY: Any = _NotesKey()


class ExceptionNotes:
    """What the interpreter recorded about an exception on its way out: where it was raised, the
    program frames it left, and for the report a tool name and a hint. Only the interpreter writes it."""

    __slots__ = ("frames", "genuine", "here", "hint", "span", "tool", "tool_type")

    def __init__(self, span: SourceSpan | None = None) -> None:
        self.span: SourceSpan | None = span
        """Where it was raised (the innermost position noted)."""
        self.here: SourceSpan | None = span
        """The position in the current program frame, until the exception leaves that frame."""
        self.frames: list[Frame] = []
        self.genuine = False
        """A PEP 479 `RuntimeError` standing for the program's own generator (see `carried_stop`)."""
        self.hint: str | None = None
        self.tool: str | None = None
        """The tool whose failure this exception stands for."""
        self.tool_type: str | None = None


def notes_of(exc: BaseException) -> ExceptionNotes | None:
    """The interpreter's notes on `exc`, if it recorded any."""
    return exc.__dict__.get(_NOTES_KEY)


def _notes(exc: BaseException) -> ExceptionNotes:
    exc_dict = exc.__dict__
    notes = exc_dict.get(_NOTES_KEY)
    if notes is None:
        exc_dict[_NOTES_KEY] = notes = ExceptionNotes()
    return notes


def attach_hint(exc: BaseException, hint: str) -> None:
    """A hint for the report (`did you mean 'items'?`), shown if `exc` ends the run."""
    _notes(exc).hint = hint


UNCATCHABLE: tuple[type[BaseException], ...] = (PtcError, RecursionError, MemoryError)
"""Never matched by a program's `except` clause, whatever it names."""


def is_uncatchable(exc: BaseException) -> bool:
    return isinstance(exc, UNCATCHABLE)


def convert_tool_exception(exc: BaseException, tool: str, message: str | None = None) -> BaseException:
    """A fresh program exception standing for the tool's `exc`: same builtin class, or `ToolError`.
    `message` is `tool_message(exc)` when the caller already has it."""
    if isinstance(exc, asyncio.CancelledError):
        return exc
    if message is None:
        message = tool_message(exc)
    if isinstance(exc, RelayedToolError):  # known by name only: a builtin name is the builtin
        type_name = exc.type_name
        named = PROGRAM_EXCEPTIONS.get(type_name)
        program_cls: type[BaseException] = named if named in _TOOL_VISIBLE else ToolError
    else:
        type_name = type(exc).__name__
        program_cls = type(exc) if type(exc) in _TOOL_VISIBLE else ToolError
    try:
        converted: BaseException = program_cls(message)
    except Exception:  # a class that cannot be built from a message alone (UnicodeDecodeError)
        program_cls = ToolError
        converted = ToolError(message)
    if exc.args and all(type(arg) in (str, int, float, bool, type(None)) for arg in exc.args):
        try:  # keep the args when they are plain data (str(KeyError('k')) is "'k'")
            converted = program_cls(*exc.args)
        except Exception:
            converted = program_cls(message)
    notes = _notes(converted)
    notes.tool = tool
    notes.tool_type = type_name
    return converted


def _safe_str(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:
        return type(exc).__name__


class _Placeholder:
    """Stands for a host object in the rendering of a tool's exception: its repr is `text`."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


_PLAIN_LEAVES: frozenset[type[Any]] = frozenset({str, int, float, bool, type(None), bytes})
_PLAIN_CONTAINERS: frozenset[type[Any]] = frozenset({list, tuple, dict})
TOOL_ARGS_MAX_NODES = 10_000
"""Values of a tool exception's args looked at (and characters, up to `max_string_length`'s default,
of their strings) before the rest is shown as `...`."""


def tool_message(exc: BaseException) -> str:
    """The tool's message without host object reprs (they would leak host state, and their addresses
    differ between processes, which breaks replay).

    When the args are plain data, `str(exc)` is the tool's message (an exception class of the tool's
    own with its own `__str__` has any ` at 0x…` address removed). Otherwise the args are rendered as
    `BaseException.__str__` would, with every host object shown as `<TypeName object>`."""
    nodes = [TOOL_ARGS_MAX_NODES, DEFAULT_MAX_STRING_LENGTH]
    args = exc.args
    safe_args = tuple(_plain_copy(arg, nodes, 0) for arg in args)
    if all(safe is arg for safe, arg in zip(safe_args, args, strict=True)):
        text = _safe_str(exc)
        return text if _native_str(type(exc)) else native_text_for_programs(text)
    probe = KeyError(*safe_args) if isinstance(exc, KeyError) else Exception(*safe_args)
    return exception_message(probe)


def _plain_copy(value: Any, nodes: list[int], depth: int) -> Any:
    """`value` itself when it is plain data, else a copy with host objects (and whatever lies past
    the budgets in `nodes` or a nesting depth of 20) replaced by placeholders."""
    nodes[0] -= 1
    if nodes[0] < 0 or depth > 20:
        return _Placeholder("...")
    cls: type[Any] = type(value)  # pyright: ignore[reportUnknownVariableType]
    if cls in _PLAIN_LEAVES:
        if cls is str or cls is bytes:
            nodes[1] -= len(value)
            if nodes[1] < 0:
                return _Placeholder("...")
        return value
    if cls not in _PLAIN_CONTAINERS:
        return _Placeholder(f"<{cls.__name__} object>")
    if cls is dict:
        items = [
            (_plain_copy(k, nodes, depth + 1), _plain_copy(v, nodes, depth + 1)) for k, v in value.items()
        ]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(items, value.items(), strict=True)):
            return value
        return dict(items)
    copied = [_plain_copy(item, nodes, depth + 1) for item in value]
    if all(c is item for c, item in zip(copied, value, strict=True)):
        return value
    return copied if cls is list else tuple(copied)


def _native_str(cls: type[Any]) -> bool:
    """Whether `str()` of an instance is CPython's own (a builtin exception class's `__str__`)."""
    for klass in cls.__mro__:
        if "__str__" in klass.__dict__:
            return klass.__module__ == "builtins"
    return True  # pragma: no cover - BaseException defines __str__


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
    exc_dict = exc.__dict__
    notes = exc_dict.get(_NOTES_KEY)
    if notes is None:
        exc_dict[_NOTES_KEY] = ExceptionNotes(span)
    elif notes.here is None:
        notes.here = span
        if notes.span is None:
            notes.span = span


UNWIND_STEPS = 10
"""An exception leaving a program function costs this many steps (§4.4). Unwinding one program
frame makes CPython materialise its host frames and traceback entries, 4-8 µs, where an ordinary
step costs well under 1 µs: a program catching `RecursionError` in a loop unwinds a hundred frames
per catch for about one step per frame, and spent 2.3 s of CPU on one budget at a flat price."""


def note_frame(exc: BaseException, function: str, ctx: RunContext) -> None:
    """Close the current program frame in the exception's traceback as it leaves `function`, and
    charge the unwinding. Cancellation and the interpreter's own errors (limits) are not charged, so
    they are never replaced by a limit error on their way out."""
    if isinstance(exc, Exception) and not isinstance(exc, PtcError):
        ctx.charge(UNWIND_STEPS)
    notes = notes_of(exc)
    if notes is not None and notes.here is not None:
        notes.frames.append(Frame(function, notes.here))
        notes.here = None


def reset_position(exc: BaseException) -> None:
    """A caught exception raised again starts a fresh traceback at its new `raise`."""
    notes = notes_of(exc)
    if notes is not None:
        notes.span = notes.here = None
        notes.frames = []


def carried_stop(error: BaseException) -> StopIteration | None:
    """The program's `StopIteration` that `error` is, or carries out of one of the interpreter's own
    generators. The interpreter runs suspending code as Python generators, and Python turns a
    `StopIteration` leaving any generator into `RuntimeError('generator raised StopIteration')`
    (PEP 479); where the *program* has no generator boundary, that conversion is an artefact, so
    `except StopIteration`, the top-level report and program generator boundaries look through it.
    A conversion that stands for the program's own generator or coroutine is marked genuine."""
    if isinstance(error, StopIteration):
        return error
    cause = error.__cause__
    if (
        type(error) is RuntimeError
        and isinstance(cause, StopIteration)
        and error.__context__ is cause
        and not getattr(notes_of(error), "genuine", False)
    ):
        return cause
    return None


def forget_context(error: BaseException) -> None:
    """A program handler caught `error`: drop its links to the host's stack. Python links each
    exception raised in a handler to the one being handled (`__context__`, walked on every raise),
    and an exception's traceback holds the host frames it left, whose locals hold the exceptions
    *they* were handling, and so on. A handler that recurses into code raising again (each frame
    catching `RecursionError` and calling itself once more) kept every exception of the run alive
    that way: a raise cost the chain's length and the garbage collector scanned hundreds of
    thousands of frames, minutes of CPU within the step budget. A program reads neither link, and
    the interpreter's reports use its own notes (`ExceptionNotes`); a PEP 479 conversion keeps
    the `StopIteration` it stands for (`carried_stop`)."""
    error.__traceback__ = None
    if error.__context__ is not None and not isinstance(error.__cause__, StopIteration):
        error.__context__ = None


def as_program_sees(error: BaseException) -> BaseException:
    """The exception a program's `except` clause matches: `error` itself, or the `StopIteration`
    it carries out of an interpreter generator (see `carried_stop`)."""
    stop = carried_stop(error)
    return error if stop is None else stop


def leaving_program_generator(error: BaseException, kind: str) -> BaseException:
    """PEP 479 for a program generator or coroutine (`kind`): a `StopIteration` leaving its body,
    raised there or carried up from inside, becomes `RuntimeError('<kind> raised StopIteration')`
    reported where the `StopIteration` was raised, as CPython reports it."""
    stop = carried_stop(error)
    if stop is None:
        return error
    converted = RuntimeError(f"{kind} raised StopIteration")
    converted.__cause__ = stop
    notes = _notes(converted)
    position = notes_of(stop)
    if position is not None:
        notes.span = position.span
        notes.here = position.here
        notes.frames = list(position.frames)  # a copy: the two are noted on separately from here on
    notes.genuine = True
    return converted


_ARGS_STR = (BaseException.__str__, KeyError.__str__)


def exception_message(exc: BaseException) -> str:
    """The exception's message for a report, rendered as the program's `str(e)` would be and bounded
    *before* it is built (`raise ValueError([big] * 99_999)` must not render gigabytes): a message
    over `max_string_length` characters is replaced by a note saying so."""
    try:
        cls: type[Any] = type(exc)
        if cls.__str__ not in _ARGS_STR and _native_str(cls) and not issubclass(cls, BaseExceptionGroup):
            program_repr(exc.args)  # a native __str__ (OSError, …) renders the args: bound them first
        return program_str(exc)
    except PtcLimitError as error:
        if error.limit == "max_string_length":
            return f"<a message longer than {DEFAULT_MAX_STRING_LENGTH} characters, not shown>"
        if error.limit == "max_nesting_depth":  # `raise ValueError(deep_list)`: its repr is refused
            return f"<a message holding {_nested_what(error.message)}, not shown>"
        return ptc_type_name(exc)
    except RecursionError:  # the repr's own recursion ran out of Python stack before its depth bound
        return "<a message holding data nested too deeply, not shown>"
    except BaseException as error:  # a program `__str__` may raise anything, CancelledError included
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        return ptc_type_name(exc)


def _nested_what(message: str) -> str:
    """'repr: data nested more than 200 levels deep (max_nesting_depth)' -> 'data nested more than
    200 levels deep'."""
    return message.partition(": ")[2].removesuffix(" (max_nesting_depth)") or "data nested too deeply"


def to_ptc_error(exc: BaseException, source_lines: Sequence[str]) -> PtcError:
    """The `PtcError` reporting an exception that escaped the program (or the interpreter).

    It is built from what the interpreter recorded (`ExceptionNotes`) and from strings rendered
    now, and holds no reference into the program (no `__context__`, `__cause__` or traceback), so
    the host can render, log or chain it without ever running program code."""
    return _detached(_report_for(exc, source_lines))


def _report_for(exc: BaseException, source_lines: Sequence[str]) -> PtcError:
    if isinstance(exc, PtcError):
        if exc.span is not None and exc.source_line is None:
            exc.source_line = _line(source_lines, exc.span)
        return exc
    notes = notes_of(exc) or ExceptionNotes()
    span = notes.span
    frames = list(notes.frames)
    if notes.here is not None:
        frames.append(Frame("<module>", notes.here))
    frames.reverse()
    source_line = _line(source_lines, span)
    # only the interpreter's own (never a program subclass, whose attributes the program sets)
    own_limit = type(exc) is ProgramRecursionError and exc.ptc_detail
    if isinstance(exc, RecursionError) or own_limit:
        detail = (
            exc.ptc_detail
            if isinstance(exc, ProgramRecursionError)
            else "the interpreter's stack ran out (Limits.max_recursion_depth): use a loop instead of deep recursion"
        )
        return PtcRecursionError(
            exception_message(exc) if isinstance(exc, ProgramRecursionError) else _RECURSION_MESSAGE,
            span=span,
            source_line=source_line,
            hint=detail,
        )
    if isinstance(exc, MemoryError):
        return PtcLimitError("max_container_length", "out of memory", span=span, source_line=source_line)
    if isinstance(exc, asyncio.CancelledError):
        return PtcRuntimeError(
            "CancelledError",
            exception_message(exc) if exc.args else "the program was cancelled",
            span=span,
            source_line=source_line,
        )
    if isinstance(exc, StopIteration) and span is None:
        return PtcInternalError(f"unexpected StopIteration: {exception_message(exc)}")
    if _is_program_exception(exc):
        exc_type = ptc_type_name(exc)
        message = exception_message(exc)
        if notes.tool is not None:
            return PtcToolError(
                notes.tool,
                notes.tool_type or exc_type,
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
            hint=notes.hint or _stop_hint(exc),  # e.g. attr's did-you-mean
            frames=tuple(frames),
        )
    return PtcInternalError(
        f"interpreter bug: {type(exc).__name__}: {native_text_for_programs(_safe_str(exc))}",
        span=span,
        source_line=source_line,
    )


def _detached(error: PtcError) -> PtcError:
    """`error` cut loose from the run: no chained exception and no traceback (whose frames hold
    program objects). A `PtcError` raised inside the program (a limit) may carry both."""
    error.__context__ = None
    error.__cause__ = None
    error.__suppress_context__ = True
    error.__traceback__ = None
    return error


def _stop_hint(exc: BaseException) -> str | None:
    if isinstance(exc, StopIteration) or isinstance(exc.__cause__, StopIteration):
        return "an iterator ran out (next() with no items left): use next(iterator, default) or a for loop"
    return None


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
