"""The simulated world a generated program runs against: scripted tools and a `Host` on virtual time.

Every tool call's behaviour is scripted per call site (`Script`): how long each attempt takes, what
it returns, whether it fails a few times before succeeding (retried by the host, as Temporal's retry
policy would), fails for good, or is rejected as invalid. The same `World` serves the interpreter
(through `SimHost`, the interpreter's `Host`) and the CPython reference (through plain async tool
functions), so both see identical tools.

Time is counted in loop units: a virtual second is `UNIT` units and the n-th timer of a run gets
`2**n` extra units. No two timers in a run can then come due at the same instant (sums of distinct
powers of two differ), so "what happens first" is always defined and the reference and the
interpreter cannot disagree on a tie the documented semantics leaves open. Ties that do happen (a
run with more than `DISTINCT_TIMERS` timers) are recorded in `World.ties`.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from ptc_interpreter.host import ToolCall, ToolParameter, ToolSpec, TraceEvent

UNIT = 2**45
"""Loop units per virtual second."""
DISTINCT_TIMERS = 44
"""Timers per run that get a distinct power-of-two offset (bits 0..43, all below `UNIT / 2`)."""
CANCEL_OFFSET = 2**44
"""Added to a cancellation instant: no sum of timer offsets reaches it, so it never ties a timer."""
MAX_ATTEMPTS = 3
"""Attempts of a retryable call, as the retry policy of the real-server tools has it."""
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)

Mode = Literal["ok", "retry", "fatal", "invalid"]


@dataclass(frozen=True)
class Script:
    """How calls at one call site behave."""

    delay: int = 1
    """Virtual seconds per attempt."""
    value: int = 0
    mode: Mode = "ok"
    failures: int = 0
    """For `retry`: failing attempts before one succeeds (`MAX_ATTEMPTS` or more: never succeeds)."""

    def attempts(self) -> int:
        if self.mode == "retry":
            return min(self.failures + 1, MAX_ATTEMPTS)
        return 1

    def succeeds(self) -> bool:
        return self.mode == "ok" or (self.mode == "retry" and self.failures < MAX_ATTEMPTS)

    def failure_message(self, key: str) -> str:
        if self.mode == "retry":
            return f"transient failure {MAX_ATTEMPTS} of {key}"
        if self.mode == "invalid":
            return f"invalid arguments for {key}"
        return f"{key} failed for good"

    def to_json(self) -> dict[str, Any]:
        return {"delay": self.delay, "value": self.value, "mode": self.mode, "failures": self.failures}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Script:
        return cls(int(data["delay"]), int(data["value"]), data["mode"], int(data.get("failures", 0)))


class SimToolFailure(Exception):
    """What a failing simulated tool raises; the interpreter shows it to the program as `ToolError`."""


TOOL_SPECS = (
    ToolSpec("fetch", (ToolParameter("key", True),), "Fetch the value stored under `key`."),
    ToolSpec(
        "spawn",
        (ToolParameter("agent_name", True), ToolParameter("task", True)),
        "Run a sub-agent on `task` and return its answer.",
    ),
)


def site_of(key: str) -> str:
    return key.split(".", 1)[0]


@dataclass
class CallRecord:
    key: str
    tool: str
    started: int
    units: float
    """How long the call takes, in loop units, allocated when it is issued."""
    ended: int | None = None
    outcome: str = "running"


@dataclass
class World:
    """Scripted tools, the timer allocator and the record of what every call did, for one run."""

    scripts: Mapping[str, Script]
    error_class: type[Exception] = SimToolFailure
    timers: int = 0
    due: Counter[int] = field(default_factory=Counter[int])
    calls: list[CallRecord] = field(default_factory=list[CallRecord])
    clock_reads: int = 0

    @property
    def ties(self) -> bool:
        return any(count > 1 for count in self.due.values())

    def now_units(self) -> int:
        return int(asyncio.get_running_loop().time())

    def loop_delay(self, seconds: float) -> float:
        """`seconds` of virtual time, plus this timer's distinct offset, in loop units."""
        offset = 2**self.timers if self.timers < DISTINCT_TIMERS else 0
        self.timers += 1
        units = round(max(seconds, 0.0) * UNIT) + offset
        self.due[self.now_units() + units] += 1
        return float(units)

    def script_for(self, key: str) -> Script:
        return self.scripts.get(site_of(key), Script())

    def issue(self, tool: str, key: str) -> CallRecord:
        script = self.script_for(key)
        record = CallRecord(key, tool, self.now_units(), self.loop_delay(script.delay * script.attempts()))
        self.calls.append(record)
        return record

    async def invoke(self, tool: str, key: str, value: Any, record: CallRecord | None = None) -> Any:
        script = self.script_for(key)
        record = record or self.issue(tool, key)
        try:
            await asyncio.sleep(record.units)
        except asyncio.CancelledError:
            record.ended, record.outcome = self.now_units(), "cancelled"
            raise
        record.ended = self.now_units()
        if script.succeeds():
            record.outcome = "ok"
            return value
        record.outcome = "failed"
        raise self.error_class(script.failure_message(key))

    async def fetch(self, key: str, record: CallRecord | None = None) -> Any:
        return await self.invoke("fetch", key, self.script_for(key).value, record)

    async def spawn(self, agent_name: str, task: str, record: CallRecord | None = None) -> Any:
        return await self.invoke("spawn", task, f"{agent_name} did {task}", record)

    def tools(self) -> dict[str, Any]:
        return {"fetch": self.fetch, "spawn": self.spawn}

    def in_flight(self) -> list[CallRecord]:
        return [c for c in self.calls if c.ended is None]

    def sleep(self, seconds: float) -> Awaitable[None]:
        return asyncio.sleep(self.loop_delay(seconds))

    def now(self) -> datetime:
        self.clock_reads += 1
        return EPOCH + timedelta(seconds=asyncio.get_running_loop().time() / UNIT)

    def outcomes(self) -> list[tuple[str, str]]:
        """(key, outcome) of every call, sorted: comparable between runs whose interleavings differ."""
        return sorted((c.key, c.outcome) for c in self.calls)

    def timeline(self) -> list[tuple[str, str, int, int | None, str]]:
        return [(c.tool, c.key, c.started, c.ended, c.outcome) for c in self.calls]


def _cancelled_before_start(record: CallRecord, world: World) -> None:
    if record.ended is None:  # the task was cancelled before the tool's first step
        record.ended, record.outcome = world.now_units(), "cancelled"


@dataclass
class SimHost:
    """The interpreter's `Host` in the simulated world."""

    world: World
    tasks: bool = True
    """Hand the interpreter each call as an asyncio task (as the Temporal host does) rather than a
    bare coroutine (as `LocalHost` does with plain async tools)."""
    seed: int = 7
    events: list[tuple[str, str, int, str | None]] = field(
        default_factory=list[tuple[str, str, int, str | None]]
    )
    printed: list[str] = field(default_factory=list[str])
    """What the program printed, as the interpreter hands it over (`OutputObserver`), so that the
    output a cancelled or failed run printed (its `finally` markers) can still be read."""

    def call_tool(self, call: ToolCall) -> Awaitable[Any]:
        arguments = dict(call.arguments)
        if call.tool == "fetch":
            record = self.world.issue(call.tool, arguments["key"])
            work = self.world.fetch(arguments["key"], record)
        elif call.tool == "spawn":
            record = self.world.issue(call.tool, arguments["task"])
            work = self.world.spawn(arguments["agent_name"], arguments["task"], record)
        else:
            raise KeyError(call.tool)
        if not self.tasks:
            return work
        task = asyncio.ensure_future(work)
        task.add_done_callback(lambda _: _cancelled_before_start(record, self.world))
        return task

    def sleep(self, seconds: float) -> Awaitable[None]:
        return self.world.sleep(seconds)

    def now(self) -> datetime:
        return self.world.now()

    def random_seed(self) -> int:
        return self.seed

    def on_stdout(self, text: str) -> None:
        self.printed.append(text)

    def trace(self, event: TraceEvent) -> None:
        key = event.call.arguments.get("key") or event.call.arguments.get("task") or ""
        self.events.append((event.kind, str(key), event.call.sequence, event.detail))

    def stdout(self) -> str | None:
        """What the program printed so far (also after it failed or was cancelled)."""
        return "".join(self.printed)
