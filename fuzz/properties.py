"""The oracles: what must hold for every generated program, on the simulated host.

- *Differential* — value, printed lines and uncaught exception match the CPython reference
  (`reference`), and so does what every tool call ended as (a sibling left running, or a call
  issued that the reference never made, shows up here).
- *Determinism* — two runs give identical traces: every call with its key, virtual start and end
  time and outcome, the interpreter's trace events, value and output. Across `PYTHONHASHSEED`
  values this runs in subprocesses (`hashseed`).
- *Cancellation* — cancelled from outside at an arbitrary instant, the run ends cancelled with no
  call in flight, and every `try` whose body was entered ran its `finally`.

Each check returns `None` or a readable failure description; `Case` is what a regression example
stores (source and call-site scripts), so every check works the same on generated programs and on
the corpus.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import signal
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import ptc_interpreter

from .reference import Outcome, normalize, run_reference
from .simhost import CANCEL_OFFSET, TOOL_SPECS, UNIT, Script, SimHost, World
from .vloop import run_virtual

LIMITS = ptc_interpreter.Limits()


@dataclass(frozen=True)
class Case:
    """A program and the behaviour of its call sites; optionally an outside cancellation instant."""

    source: str
    scripts: Mapping[str, Script]
    cancel_at_seconds: int | None = None
    """Cancel the run at this many virtual seconds (plus an offset that ties no timer)."""
    coroutine_host: bool = False
    """The simulated host hands out bare coroutines (like `LocalHost`) instead of tasks."""

    def cancel_at_units(self) -> float | None:
        if self.cancel_at_seconds is None:
            return None
        return float(self.cancel_at_seconds * UNIT + CANCEL_OFFSET)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "scripts": {site: script.to_json() for site, script in self.scripts.items()},
            "cancel_at_seconds": self.cancel_at_seconds,
            "coroutine_host": self.coroutine_host,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Case:
        return cls(
            data["source"],
            {site: Script.from_json(s) for site, s in data["scripts"].items()},
            data.get("cancel_at_seconds"),
            bool(data.get("coroutine_host", False)),
        )


@dataclass
class Trace:
    """Everything observable about one interpreter run on the simulated host."""

    outcome: Outcome
    timeline: list[tuple[str, str, int, int | None, str]] = field(default_factory=list[Any])
    events: list[tuple[str, str, int, str | None]] = field(default_factory=list[Any])
    issued: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])

    def fingerprint(self) -> str:
        o = self.outcome
        return json.dumps(
            [repr(o.value), o.stdout, o.error, o.cancelled, self.timeline, self.events, self.issued],
            sort_keys=True,
            default=repr,
        )


async def interpret(case: Case) -> Trace:
    """Run `case` through the interpreter's public API on the simulated host (on the running loop)."""
    world = World(case.scripts)
    host = SimHost(world, tasks=not case.coroutine_host)
    outcome = Outcome()
    issued: list[tuple[str, str]] = []
    loop = asyncio.get_running_loop()
    run = loop.create_task(ptc_interpreter.run(case.source, host=host, tool_specs=TOOL_SPECS, limits=LIMITS))
    cancel_at = case.cancel_at_units()
    handle = loop.call_at(cancel_at, run.cancel) if cancel_at is not None else None
    await asyncio.wait([run])
    if handle is not None:
        handle.cancel()
    if run.cancelled():
        outcome.cancelled = True
    elif (error := run.exception()) is not None:
        outcome.error = _error_of(error)
    else:
        result = run.result()
        outcome.value = normalize(result.value)
        issued = [(c.tool, json.dumps(dict(c.arguments), sort_keys=True)) for c in result.calls]
    outcome.stdout = host.stdout()
    outcome.calls = world.outcomes()
    outcome.left_running = [c.key for c in world.in_flight()]
    outcome.ties = world.ties
    return Trace(outcome, world.timeline(), host.events, issued)


def _error_of(error: BaseException) -> tuple[str, str]:
    if isinstance(error, ptc_interpreter.PtcToolError):
        return ("ToolError", error.message)
    if isinstance(error, ptc_interpreter.PtcRuntimeError):
        return (error.exc_type, error.message)
    if isinstance(error, ptc_interpreter.PtcError):
        return (f"<{type(error).__name__}>", str(error))
    return (f"<escaped {type(error).__name__}>", repr(error))


HANG_SECONDS = 2.0
"""Wall-clock seconds after which a run on the simulated host counts as hung (a program here
finishes in milliseconds; a workflow task that computes this long would fail)."""


class InterpreterHang(BaseException):
    """The interpreter kept the thread busy without ever yielding to the event loop."""


@contextlib.contextmanager
def hang_guard(seconds: float = HANG_SECONDS) -> Iterator[list[bool]]:
    """Interrupt a run that spins, again and again until it gives up (the interpreter may catch the
    first interruption as a program error). Yields a flag list that is `[True]` once it fired.
    Only possible on the main thread; elsewhere there is no guard."""
    fired: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield fired
        return

    def interrupt(signum: int, frame: object) -> None:
        fired[:] = [True]
        raise InterpreterHang(f"the run did not finish within {seconds:g} s of wall-clock time")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_interpreter(case: Case) -> Trace:
    hung = Trace(
        Outcome(error=("<hang>", f"the run spun for {HANG_SECONDS:g} s without finishing"), stdout=None)
    )
    try:
        with hang_guard() as fired:
            trace = run_virtual(lambda: interpret(case))
    except InterpreterHang:
        return hung
    return hung if fired else trace


def run_cpython(case: Case) -> Outcome:
    world = World(case.scripts)
    return run_virtual(lambda: run_reference(case.source, world, case.cancel_at_units()))


def _lines(text: str | None) -> list[str] | None:
    return None if text is None else sorted(text.splitlines())


def check_differential(case: Case) -> str | None:
    """The interpreter agrees with the CPython reference (printed lines compared as a multiset:
    the order in which cancelled siblings run their `finally` blocks is not specified)."""
    ours = run_interpreter(case).outcome
    ref = run_cpython(case)
    if ref.ties or ours.ties:
        return None  # a tie the semantics leave open; too many timers to keep instants distinct
    problems: list[str] = []
    if ours.error is not None and ours.error[0].startswith("<"):
        problems.append(f"the interpreter failed itself: {ours.error[1]}")
    if (ours.cancelled, ours.error) != (ref.cancelled, ref.error):
        problems.append("different ending")
    elif ours.value != ref.value:
        problems.append("different value")
    if _lines(ours.stdout) != _lines(ref.stdout):
        problems.append("different printed lines")
    if ours.calls != ref.calls:
        problems.append("tool calls ended differently")
    if ours.left_running:
        problems.append(f"calls left running: {ours.left_running}")
    if not problems:
        return None
    return f"{'; '.join(problems)}\ninterpreter: {ours.describe()}\nreference:   {ref.describe()}"


def check_determinism(case: Case) -> str | None:
    """Two runs in this process leave identical traces."""
    first = run_interpreter(case).fingerprint()
    second = run_interpreter(case).fingerprint()
    if first == second:
        return None
    return f"two runs differ:\n  first:  {first}\n  second: {second}"


_MARK = re.compile(r"^(enter|finally) (T\d+)\b", re.MULTILINE)


def unfinished_trys(stdout: str) -> list[str]:
    """`try` blocks (by site) entered more often than their `finally` ran."""
    counts: Counter[tuple[str, str]] = Counter(_MARK.findall(stdout))
    return sorted(
        {
            site
            for kind, site in counts
            if kind == "enter" and counts[("finally", site)] < counts[(kind, site)]
        }
    )


def check_cancellation(case: Case) -> str | None:
    """Cancelled at `case.cancel_at_seconds`: ends cancelled (unless it finished first), nothing left
    in flight, every entered `try` ran its `finally`, and the same calls ended the same way as in the
    reference cancelled at the same instant."""
    assert case.cancel_at_seconds is not None
    trace = run_interpreter(case)
    ours = trace.outcome
    problems: list[str] = []
    if ours.error is not None and ours.error[0].startswith(("<hang>", "<escaped")):
        problems.append(ours.error[1])
    if ours.left_running:
        problems.append(f"calls still running after the run ended: {ours.left_running}")
    if ours.stdout is None:
        problems.append("the run's output could not be read")
    elif missing := unfinished_trys(ours.stdout):
        problems.append(f"finally blocks that never ran: {missing}")
    ref = run_cpython(case)
    if not (ref.ties or ours.ties):
        if ours.cancelled != ref.cancelled:
            problems.append(f"cancelled: interpreter {ours.cancelled}, reference {ref.cancelled}")
        if ours.calls != ref.calls:
            problems.append("tool calls ended differently from the reference")
        if _lines(ours.stdout) != _lines(ref.stdout):
            problems.append("different printed lines from the reference")
    if not problems:
        return None
    return f"{'; '.join(problems)}\ninterpreter: {ours.describe()}\nreference:   {ref.describe()}"


PROPERTIES = {
    "differential": check_differential,
    "determinism": check_determinism,
    "cancellation": check_cancellation,
}
