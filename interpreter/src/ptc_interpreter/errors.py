"""Errors a program run can end with, written for a model to fix its own code.

Every failure of a program surfaces as a `PtcError`. Its `str()` is the model-visible text: a
`line L, col C: Kind: message` header (col is the 0-based offset, as in `ast`), the source line with
a caret under the exact span, an optional hint, and for runtime errors a short traceback of program
frames only. Nothing of the interpreter's own stack is ever shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """A region of the program text. Lines are 1-based, columns 0-based (as `ast` reports them)."""

    line: int
    col: int
    end_line: int
    end_col: int


@dataclass(frozen=True, slots=True)
class Frame:
    """One program frame in a runtime traceback."""

    function: str
    span: SourceSpan


@dataclass(frozen=True, slots=True)
class Problem:
    """One static problem found before running (syntax, unsupported construct, unknown name/tool/argument)."""

    message: str
    span: SourceSpan | None
    hint: str | None = None
    kind: str = "SyntaxError"


class PtcError(Exception):
    """Base of every error a program run ends with. `str(err)` is the model-visible report."""

    kind: str = "Error"
    stdout: str | None = None
    """What the program printed before the run failed (set by `run`; None for errors raised before
    the program started, such as `PtcSyntaxError`)."""
    stderr: str | None = None
    """What the program wrote to `sys.stderr` before the run failed (set as `stdout` is)."""

    def __init__(
        self,
        message: str,
        *,
        span: SourceSpan | None = None,
        source_line: str | None = None,
        hint: str | None = None,
        frames: tuple[Frame, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.source_line = source_line
        self.hint = hint
        self.frames = frames

    @property
    def line(self) -> int | None:
        return self.span.line if self.span else None

    def __str__(self) -> str:
        return format_report(self.kind, self.message, self.span, self.source_line, self.hint, self.frames)


class PtcSyntaxError(PtcError):
    """The program cannot run: syntax errors, unsupported constructs, unknown names, tools or arguments.

    `problems` lists every problem found, not just the first.
    """

    kind = "SyntaxError"

    def __init__(self, problems: tuple[Problem, ...], source: str) -> None:
        first = problems[0]
        lines = source.splitlines()
        self.problems = problems
        self._source_lines = lines
        super().__init__(
            first.message,
            span=first.span,
            source_line=_line_at(lines, first.span),
            hint=first.hint,
        )

    def __str__(self) -> str:
        return "\n".join(
            format_report(p.kind, p.message, p.span, _line_at(self._source_lines, p.span), p.hint, ())
            for p in self.problems
        )


class PtcRuntimeError(PtcError):
    """The program raised an exception it did not catch. `exc_type` is the program-visible class name."""

    kind = "RuntimeError"

    def __init__(self, exc_type: str, message: str, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.exc_type = exc_type

    def __str__(self) -> str:
        return format_report(self.exc_type, self.message, self.span, self.source_line, self.hint, self.frames)


class PtcToolError(PtcRuntimeError):
    """A tool call failed and the program did not catch it. `tool` names the tool."""

    kind = "ToolError"

    def __init__(self, tool: str, exc_type: str, message: str, **kwargs: object) -> None:
        super().__init__(exc_type, message, **kwargs)
        self.tool = tool

    def __str__(self) -> str:
        return format_report(
            f"tool {self.tool!r} failed: {self.exc_type}",
            self.message,
            self.span,
            self.source_line,
            self.hint,
            self.frames,
        )


class PtcLimitError(PtcError):
    """The program exceeded a deterministic resource limit. `limit` names the `Limits` field."""

    kind = "LimitExceeded"

    def __init__(self, limit: str, message: str, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.limit = limit


class PtcRecursionError(PtcRuntimeError, PtcLimitError):
    """The program's `RecursionError` went uncaught: reported as CPython's (`exc_type`
    'RecursionError', its message), and still the `max_recursion_depth` limit for a host that handles
    limits (`limit`), with a hint naming the depth and the function that went past it."""

    kind = "RecursionError"

    def __init__(self, message: str, **kwargs: object) -> None:
        PtcError.__init__(self, message, **kwargs)  # type: ignore[arg-type]
        self.exc_type = "RecursionError"
        self.limit = "max_recursion_depth"


class PtcInternalError(PtcError):
    """A bug in the interpreter. Reported cleanly instead of escaping as a raw Python exception."""

    kind = "InternalError"


@dataclass(slots=True)
class _Report:
    lines: list[str] = field(default_factory=list[str])


def _line_at(lines: list[str], span: SourceSpan | None) -> str | None:
    if span is None or not 1 <= span.line <= len(lines):
        return None
    return lines[span.line - 1]


def format_report(
    kind: str,
    message: str,
    span: SourceSpan | None,
    source_line: str | None,
    hint: str | None,
    frames: tuple[Frame, ...],
) -> str:
    """Render the model-visible report: header, source line with caret, hint, program traceback."""
    report = _Report()
    where = f"line {span.line}, col {span.col}: " if span else ""
    report.lines.append(f"{where}{kind}: {message}")
    if span is not None and source_line is not None:
        stripped = source_line.lstrip()
        indent = len(source_line) - len(stripped)
        start = max(span.col - indent, 0)
        end = span.end_col - indent if span.end_line == span.line else len(stripped)
        width = max(end - start, 1)
        report.lines.append("    " + stripped.rstrip())
        report.lines.append("    " + " " * start + "^" * width)
    if hint:
        report.lines.append(f"Hint: {hint}")
    if len(frames) > 1:
        report.lines.append("Traceback (program frames, most recent call last):")
        report.lines.extend(f"  line {f.span.line}, in {f.function}" for f in frames)
    return "\n".join(report.lines)
