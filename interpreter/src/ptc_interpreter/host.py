"""The interpreter's only door to the outside world.

The interpreter knows nothing of Temporal. Everything that is not pure computation — a tool call,
the clock, sleeping, randomness — goes through a `Host`. Standalone, `LocalHost` calls the tool
functions on the caller's event loop; inside a workflow, the integration supplies a host whose tool
calls are activities or child workflows, whose sleeps are durable timers and whose clock and seed
come from the workflow.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, Protocol, cast

from .errors import SourceSpan

ToolFunction = Callable[..., Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class ToolParameter:
    name: str
    required: bool
    kind: Literal["positional_or_keyword", "keyword_only", "var_keyword"] = "positional_or_keyword"


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """What the interpreter needs to know of a tool to bind `tool(1, x=2)` to named arguments.

    Positional arguments map to `parameters` in order; unknown, missing or duplicated arguments are
    reported with the call's position before the host is asked to call anything.
    """

    name: str
    parameters: tuple[ToolParameter, ...]
    description: str | None = None
    stub: str | None = None
    """Python stub shown to the model (`async def name(...) -> T: \"\"\"doc\"\"\"`), if known."""

    @classmethod
    def from_callable(cls, name: str, function: Callable[..., Any]) -> ToolSpec:
        signature = inspect.signature(function)
        parameters: list[ToolParameter] = []
        for parameter in signature.parameters.values():
            if parameter.kind is inspect.Parameter.VAR_KEYWORD:
                parameters.append(ToolParameter(parameter.name, False, "var_keyword"))
            elif parameter.kind is inspect.Parameter.KEYWORD_ONLY:
                parameters.append(
                    ToolParameter(
                        parameter.name, parameter.default is inspect.Parameter.empty, "keyword_only"
                    )
                )
            elif parameter.kind in (
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                inspect.Parameter.POSITIONAL_ONLY,
            ):
                parameters.append(ToolParameter(parameter.name, parameter.default is inspect.Parameter.empty))
        return cls(name=name, parameters=tuple(parameters), description=inspect.getdoc(function))


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One tool call the program makes, after its arguments were bound to parameter names."""

    tool: str
    arguments: Mapping[str, Any]
    span: SourceSpan
    sequence: int
    """0-based position of this call among the run's tool calls; deterministic across replays."""
    source_line: str = ""


TraceKind = Literal["call_started", "call_finished", "call_failed", "call_cancelled"]


@dataclass(frozen=True, slots=True)
class TraceEvent:
    """A tool call starting or finishing, reported for tracing (UI summaries, graphs, tests)."""

    kind: TraceKind
    call: ToolCall
    detail: str | None = None


class _ToolCallBuilder:
    """Builds a `ToolCall` for the interpreter's per-call path at half the dataclass's cost: the
    frozen `__init__` sets each field through `object.__setattr__`. This class has the same slots,
    so it stores them as plain attributes and then becomes a `ToolCall` (CPython allows the
    `__class__` assignment between classes of one layout): an ordinary, equal, frozen `ToolCall`."""

    __slots__ = ToolCall.__slots__

    def __init__(
        self, tool: str, arguments: Mapping[str, Any], span: SourceSpan, sequence: int, source_line: str
    ) -> None:
        self.tool = tool
        self.arguments = arguments
        self.span = span
        self.sequence = sequence
        self.source_line = source_line
        self.__class__ = ToolCall  # pyright: ignore[reportAttributeAccessIssue]


class _TraceEventBuilder:
    """`TraceEvent(...)` for the per-call path (see `_ToolCallBuilder`)."""

    __slots__ = TraceEvent.__slots__

    def __init__(self, kind: TraceKind, call: ToolCall, detail: str | None = None) -> None:
        self.kind = kind
        self.call = call
        self.detail = detail
        self.__class__ = TraceEvent  # pyright: ignore[reportAttributeAccessIssue]


new_tool_call = cast(type[ToolCall], _ToolCallBuilder)
"""`ToolCall(...)`, for the per-call path."""
new_trace_event = cast(type[TraceEvent], _TraceEventBuilder)
"""`TraceEvent(...)`, for the per-call path."""


class Host(Protocol):
    """The interface the interpreter calls out through. Implementations must be deterministic where
    the run must be (inside a workflow: workflow time, durable timers, workflow-seeded randomness)."""

    def call_tool(self, call: ToolCall) -> Awaitable[Any]:
        """Start the call and return an awaitable of its plain-data result (or raise the tool's error)."""
        ...

    def sleep(self, seconds: float) -> Awaitable[None]:
        """A timer. Cancelling the awaitable cancels the timer."""
        ...

    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...

    def random_seed(self) -> int:
        """The seed for the program's `random` module."""
        ...

    def trace(self, event: TraceEvent) -> None:
        """Observe a call event. Must not raise."""
        ...


class RelayedToolError(Exception):
    """A tool's failure relayed by a host that does not hold the tool's own exception (the tool ran
    elsewhere, e.g. as a Temporal activity). The program sees the builtin exception `type_name` names
    (`ValueError`, `KeyError`…), or else a `ToolError`, with `str(e)` the message; error reports name
    `type_name`, the class the tool raised, as they would for a tool run in-process."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name


class OutputObserver(Protocol):
    """Optional extra of a `Host`: a host with an `on_stdout` method is handed each piece of text the
    program prints, as it is printed (after the `max_stdout_chars` check). This is how a caller sees
    what a *cancelled* run printed; a failed run's output is also on the error (`PtcError.stdout`)."""

    def on_stdout(self, text: str) -> None:
        """Observe printed text. Must not raise."""
        ...


def check_timeout(timeout: float | None) -> None:
    """A run's wall-clock timeout must be a positive number of seconds, or None."""
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"timeout must be a number of seconds or None, not {type(timeout).__name__}")
    if not timeout > 0:  # also refuses NaN
        raise ValueError(f"timeout must be positive, not {timeout!r}")


def callable_by_keywords(function: ToolFunction) -> ToolFunction:
    """`function`, callable with its bound arguments as keywords (`ToolCall.arguments`): a tool with
    positional-only parameters (`async def f(x, /)`) gets an adapter that passes those positionally."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):  # no signature to read: called as given
        return function
    positional_only = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_ONLY]
    if not positional_only:
        return function

    def call(**arguments: Any) -> Awaitable[Any]:
        leading: list[Any] = []
        for name in positional_only:
            if name not in arguments:
                break  # the rest take their defaults (binding fills positions in order)
            leading.append(arguments.pop(name))
        return function(*leading, **arguments)

    return call


class WallClockLimited(Protocol):
    """Optional extra of a `Host`: a host with a `timeout` attribute (seconds, or None for none)
    bounds each run's wall-clock time. A run still going `timeout` seconds after it started fails
    with `PtcLimitError` (`limit == "timeout"`), and so does, at once, a run whose every task waits
    on a timer (`asyncio.sleep`, `time.sleep`, `wait_for`, `timeout`) that would end after that.
    Standalone hosts have one, so a sleep cannot block the caller for real; a workflow host has
    none: there a sleep is a durable timer that costs nothing while it waits."""

    timeout: float | None


DEFAULT_STANDALONE_TIMEOUT = 60.0
"""Seconds of wall-clock time a standalone run (`LocalHost`) may take unless told otherwise."""


@dataclass
class LocalHost:
    """Standalone host: tools are awaited on the caller's event loop, time is the real clock, and a
    run may take `timeout` seconds of wall-clock time (`WallClockLimited`; None: no limit)."""

    tools: Mapping[str, ToolFunction]
    seed: int = 0
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    events: list[TraceEvent] = field(default_factory=list[TraceEvent])
    timeout: float | None = DEFAULT_STANDALONE_TIMEOUT

    def __post_init__(self) -> None:
        self.tools = {name: callable_by_keywords(function) for name, function in self.tools.items()}
        check_timeout(self.timeout)

    def call_tool(self, call: ToolCall) -> Awaitable[Any]:
        return self.tools[call.tool](**call.arguments)

    def sleep(self, seconds: float) -> Awaitable[None]:
        return asyncio.sleep(seconds)

    def now(self) -> datetime:
        return self.clock()

    def random_seed(self) -> int:
        return self.seed

    def trace(self, event: TraceEvent) -> None:
        self.events.append(event)
