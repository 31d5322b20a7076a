"""Program tasks, host work and the loop that drives them: the only place that awaits the host loop.

Why a scheduler of our own instead of asyncio tasks: the program's schedule must be a function of the
program and the tool results only (replay re-runs it), and program code must never run inside a
host task where host objects (frames, coroutines) are one attribute away. So program code runs as
*generators* (compiled `async def` bodies) that this scheduler steps; they suspend by yielding a
`Pending` (something that will complete later), and are resumed, in a deterministic order, when it
completes. See docs/semantics.md for the rules this file implements (section numbers in comments).

Protocol for compiled code and natives:

- A program task's generator yields a `Pending` to wait for it (the scheduler registers the task as
  a waiter and resumes it with `send(None)` once the pending is done; the generator then reads
  `pending.result()`), or `None` to let other ready tasks run first (`asyncio.sleep(0)`).
- Cancellation is delivered by `throw(CancelledError())` at the task's current suspension point.
- A *sync* native that must suspend its caller (the `time` shim's `sleep`) returns
  `request_suspension(ctx, ...)`, a `Suspension`. The compiler treats calls whose callee is named in
  `SUSPENDING_CALLS` (`time.sleep(...)`, `sleep(...)`, `asyncio.run(...)`) as suspension points:
  in an async context (top level or `async def`) the call waits like `await asyncio.sleep(seconds)`;
  in a sync `def` it raises a `RuntimeError` telling the program to use `await asyncio.sleep(...)`.
  Only such a call site may receive a `Suspension` (it sets `RunContext.suspension_site` around the
  native call): called any other way (`f = time.sleep; f(1)`, `map(time.sleep, ...)`, a
  `functools.partial`), the native raises instead of handing the program a value that does not sleep.
- Host work (tool calls, timers) is issued through `issue_call` (`start_call` for a
  `ToolCallAwaitable`) / `start_sleep`. A tool's host coroutine that finishes on its first
  `send(None)` completes on the spot (§2.2): `issue_call` returns its result and nothing else is
  created; otherwise the partially-run coroutine is handed to a host task (a `HostWork` to wait
  for), whose completion wakes this loop through a done-callback. When the program has nothing ready, the loop awaits one host future (§2.3);
  completions that arrive together are processed in issue order (§2.4).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterable, Mapping, Sequence
from types import CoroutineType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from ..errors import PtcLimitError, PtcRuntimeError, SourceSpan
from ..host import ToolCall, ToolFunction, new_tool_call, new_trace_event
from .allowlist import PtcObject, ptc_type_name
from .exceptions import UNCATCHABLE, convert_tool_exception, tool_message
from .objects import ProgramCoroutine
from .registry import CONSTANT, Method, TypeTable, named_for_programs
from .tools import PLAIN_SCALARS, ToolCallAwaitable, plain_arguments

if TYPE_CHECKING:
    from .context import RunContext

CancelledError = asyncio.CancelledError
_COROUTINE: type[Any] = CoroutineType
"""The type of a host `async def`'s coroutine, which the scheduler steps itself (§2.2)."""
Gen = Generator[Any, Any, Any]


@named_for_programs
class Suspension:
    """Returned by a sync native to suspend its (async) caller; see the module docstring.

    Waits for `awaitable` when given (`asyncio.run(main())`), else sleeps `seconds`."""

    __slots__ = ("awaitable", "seconds")
    ptc_name: ClassVar[str] = "suspension"

    def __init__(self, seconds: float, awaitable: Any = None) -> None:
        self.seconds = seconds
        self.awaitable = awaitable

    def __repr__(self) -> str:
        return "<suspension>"


SUSPENDING_CALLS = frozenset({"sleep", "run"})
"""Callee names (`time.sleep`, `sleep`, `asyncio.run`) whose calls the compiler checks for a
`Suspension` result; a native returning one under another name is not waited for."""


def request_suspension(ctx: RunContext, name: str, seconds: float, awaitable: Any = None) -> Suspension:
    """For sync natives (`time.sleep`, `asyncio.run`): ask the calling program task to sleep
    `seconds` on the host, or to wait for `awaitable`. Refused unless the call is a suspension point."""
    if not ctx.suspension_site:
        raise RuntimeError(
            f"{name}() suspends the program, which only a call written with its name can do "
            f"(`{name}(...)`); called through another name, a callback or functools.partial it "
            "cannot suspend: call it by its name, or use `await asyncio.sleep(...)`"
        )
    return Suspension(float(seconds), awaitable)


WAITERS_PER_STEP = 32
"""Waiters a removal scans per step (`Pending.remove_waiter`)."""


class Pending(PtcObject):
    """Something a program task can wait for. Completes once, with a value or an exception."""

    __slots__ = ("done", "error", "sched", "value", "waiters")

    def __init__(self, sched: Scheduler) -> None:
        self.sched = sched
        self.done = False
        self.value: Any = None
        self.error: BaseException | None = None
        self.waiters: list[Any] = []

    def result(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.value

    def add_waiter(self, waiter: Any) -> None:
        """`waiter` is a `ProgramTask` (resumed) or a callable `(pending) -> None`."""
        self.waiters.append(waiter)

    def remove_waiter(self, waiter: Any) -> None:
        """Scans the waiters from the first: charged by their number past a few, since a program can
        pile waiters on one task (`as_completed([t] * 1000)` a hundred times) and then make many
        removals (`asyncio.wait([t] * 1000, timeout=0)` in a loop took 1.1 s of CPU per wait)."""
        waiters = self.waiters
        if len(waiters) > WAITERS_PER_STEP:
            self.sched.ctx.charge(len(waiters) // WAITERS_PER_STEP)
        with contextlib.suppress(ValueError):
            waiters.remove(waiter)

    def finish(self, value: Any, error: BaseException | None) -> None:
        if self.done:
            return
        self.done = True
        self.value = value
        self.error = error
        waiters = self.waiters
        if not waiters:
            return
        self.waiters = []
        ready = self.sched.ready
        for waiter in waiters:
            if type(waiter) is ProgramTask:
                waiter.waiting_on = None
                ready.append(waiter)
            else:  # callbacks run "soon", in order with the tasks woken here (§2.4)
                ready.append((waiter, self))

    def cancel(self) -> bool:
        """Request cancellation; returns False when already done. Completion may come later."""
        return False

    def cancelled(self) -> bool:
        return self.done and isinstance(self.error, CancelledError)

    def __repr__(self) -> str:
        return f"<{ptc_type_name(self)} {'finished' if self.done else 'pending'}>"


class ProgramTask(Pending):
    """A program task (`create_task`, a coroutine passed to `gather`, or the main program)."""

    __slots__ = ("cancel_pending", "decimal_context", "gen", "name", "waiting_on")
    ptc_name = "Task"

    def __init__(self, sched: Scheduler, gen: Gen, name: str) -> None:
        super().__init__(sched)
        self.gen = gen
        self.name = name
        self.waiting_on: Pending | None = None
        self.cancel_pending = False
        creator = sched.current
        self.decimal_context: object = None if creator is None else creator.decimal_context
        """The task's current `decimal` context (`modules.decimal_context`): the creating task's,
        by reference, as CPython's tasks copy the context variables they start with."""

    def cancel(self) -> bool:
        if self.done:
            return False
        waiting_on = self.waiting_on
        if waiting_on is not None and not isinstance(waiting_on, _Ready) and waiting_on.cancel():
            return True  # §3.3: the awaited work is cancelled and this task sees its CancelledError
        if waiting_on is not None:
            waiting_on.remove_waiter(self)
            self.waiting_on = None
            self.cancel_pending = True
            self.sched.ready.append(self)
        else:
            self.cancel_pending = True
        return True

    def __repr__(self) -> str:
        state = "done" if self.done else "pending"
        return f"<Task {self.name} {state}>"


def _task_result(task: Pending) -> Any:
    if not task.done:
        raise asyncio.InvalidStateError("Result is not set.")
    return task.result()


def _task_exception(task: Pending) -> BaseException | None:
    if not task.done:
        raise asyncio.InvalidStateError("Exception is not set.")
    if isinstance(task.error, CancelledError):
        raise task.error
    return task.error


_TASK_METHODS: dict[str, Callable[..., Any]] = {
    "done": lambda task: task.done,  # pyright: ignore[reportUnknownLambdaType,reportUnknownMemberType]
    "cancelled": lambda task: task.cancelled(),  # pyright: ignore[reportUnknownLambdaType,reportUnknownMemberType]
    "cancel": lambda task, *_: task.cancel(),  # pyright: ignore[reportUnknownLambdaType,reportUnknownMemberType]
    "result": _task_result,
    "exception": _task_exception,
    "get_name": lambda task: task.name,  # pyright: ignore[reportUnknownLambdaType,reportUnknownMemberType]
}
ProgramTask.ptc_table = {name: Method(method, CONSTANT) for name, method in _TASK_METHODS.items()}


class PtcContextManager(PtcObject):
    """Base of interpreter-owned context managers (`asyncio.timeout`, `TaskGroup`): `with` runs
    `ptc_enter()` and `ptc_exit(error)`, both generators driven by the calling task; `ptc_exit`
    returns True to suppress `error`."""

    __slots__ = ()

    def ptc_enter(self) -> Gen:
        raise NotImplementedError

    def ptc_exit(self, error: BaseException | None) -> Gen:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{ptc_type_name(self)}>"


class _Ready(Pending):
    """Yielded by `asyncio.sleep(0)`-style yields: resumes after every other ready task ran."""

    __slots__ = ()


class HostWork(Pending):
    """A tool call or timer on the host loop. `seq` is its issue order (§2.4)."""

    __slots__ = ("call", "future", "issue", "resume", "seq")
    ptc_name = "Future"

    def __init__(self, sched: Scheduler, seq: int, call: ToolCall | None) -> None:
        self.sched = sched  # Pending's fields, set inline: one of these is made per tool call
        self.done = False
        self.value: Any = None
        self.error: BaseException | None = None
        self.waiters: list[Any] = []
        self.seq = seq
        self.call = call
        self.future: asyncio.Future[Any] | None = None
        self.resume: _Resume | None = None
        self.issue: Callable[[], Any] | None = None
        """Set while queued for a free concurrency slot (§4.2)."""

    def cancel(self) -> bool:
        if self.done:
            return False
        if self.call is None:
            self.sched.timer_ends.pop(self.seq, None)  # it no longer holds the run back
        if self.resume is not None and not self.resume.started:
            self.resume.cancel_requested = True
        elif self.future is not None:
            self.future.cancel()
        else:
            self.sched.dequeue(self)
            self.finish(None, CancelledError())
        return True


class GatherFuture(Pending):
    """`asyncio.gather(...)` (§3.1), as CPython 3.11's: the first failure completes it at once and
    the other children keep running; an awaitable passed twice runs once."""

    __slots__ = ("children", "failure", "outer_cancelled", "remaining", "return_exceptions")
    ptc_name = "Future"
    ptc_table: ClassVar[TypeTable] = {
        name: entry for name, entry in ProgramTask.ptc_table.items() if name != "get_name"
    }

    def __init__(
        self,
        sched: Scheduler,
        children: list[Pending],
        return_exceptions: bool,
        unique: list[Pending] | None = None,
    ) -> None:
        """`unique`: the distinct children, when an awaitable was passed twice."""
        super().__init__(sched)
        self.children = children
        self.return_exceptions = return_exceptions
        self.failure: BaseException | None = None
        self.outer_cancelled = False
        if unique is None:
            unique = children
        self.remaining = len(unique)
        if not children:
            self.finish([], None)
        for child in unique:
            if child.done:
                self._child_done(child)
            else:
                child.add_waiter(self._child_done)

    def _child_done(self, child: Pending) -> None:
        self.remaining -= 1
        if self.done:
            return
        error = child.error
        if error is not None and not self.return_exceptions and self.failure is None:
            self.failure = CancelledError() if isinstance(error, CancelledError) else error
            if not (self.outer_cancelled or self.sched.cancelled_externally):
                self.finish(None, self.failure)
                return
            # Being cancelled, the gather cancels the rest again and waits for every child to
            # settle, as in semantics v1: a cancelled workflow's commands keep their recorded order.
            for sibling in self.children:
                if not sibling.done:
                    sibling.cancel()
        if self.remaining == 0:
            if self.outer_cancelled:
                self.finish(None, CancelledError())
            elif self.failure is not None:
                self.finish(None, self.failure)
            elif self.return_exceptions:
                self.finish([c.error if c.error is not None else c.value for c in self.children], None)
            else:
                self.finish([c.value for c in self.children], None)

    def cancel(self) -> bool:
        if self.done:
            return False
        self.outer_cancelled = True
        for child in self.children:
            if not child.done:
                child.cancel()
        return True


class FirstDone(Pending):
    """Completes (with the first finished pending) when any of `pendings` is done."""

    __slots__ = ()

    def __init__(self, sched: Scheduler, pendings: Iterable[Pending]) -> None:
        super().__init__(sched)
        for pending in pendings:
            if pending.done:
                self.finish(pending, None)
                return
        for pending in pendings:
            pending.add_waiter(self._one_done)

    def _one_done(self, pending: Pending) -> None:
        self.finish(pending, None)


class _Resume:
    """Keeps driving a host coroutine that suspended on its first `send(None)`, inside a host task.

    A host task cancelled before its first step would never run its coroutine, leaving the tool's
    coroutine suspended forever; so cancellation before the start is recorded here instead and
    thrown into the tool's coroutine as the task's first action."""

    __slots__ = ("cancel_requested", "coro", "first", "started")

    def __init__(self, coro: Coroutine[Any, Any, Any], first: Any) -> None:
        self.coro = coro
        self.first = first
        self.started = False
        self.cancel_requested = False

    def __await__(self) -> Generator[Any, Any, Any]:
        coro = self.coro
        to_yield = self.first
        self.first = None
        self.started = True
        try:
            if self.cancel_requested:
                to_yield = coro.throw(CancelledError())
            elif to_yield is None:
                # A bare yield asks for one turn of the loop, and this task's first step already
                # comes one turn after the call was issued: resume the coroutine now.
                to_yield = coro.send(None)
        except StopIteration as stop:
            return stop.value
        while True:
            try:
                sent = yield to_yield
            except BaseException as exc:  # forwarded, including CancelledError
                try:
                    to_yield = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
            else:
                try:
                    to_yield = coro.send(sent)
                except StopIteration as stop:
                    return stop.value


async def _drive(resume: _Resume) -> Any:
    return await resume


class Scheduler:
    """Drives the program's tasks; owns all host work of one run."""

    def __init__(
        self,
        ctx: RunContext,
        convert_result: Callable[[Any], Any],
        own_tools: Mapping[str, ToolFunction] | None = None,
    ) -> None:
        self.ctx = ctx
        self.host = ctx.host
        self.own_tools = own_tools
        """The tools of a `LocalHost` that `run` made itself, else None. Nothing outside the run can
        read that host's trace events or stands behind its `call_tool`, so no events are built and
        calls go straight to the functions: half of what a call that completes at once costs."""
        self.convert_result = convert_result
        """Tool result -> program value; must return plain scalars (`PLAIN_SCALARS`) unchanged."""
        self.ready: deque[Any] = deque()
        """Tasks to step and `(callback, pending)` pairs to call, in order."""
        self.completed: list[HostWork] = []
        self.wakeup: asyncio.Future[None] | None = None
        self.in_flight: dict[int, HostWork] = {}
        """Host work awaiting completion, by issue sequence."""
        self.calls_in_flight = 0
        self.max_tool_calls = ctx.limits.max_tool_calls
        self.max_concurrent_calls = ctx.limits.max_concurrent_calls
        self.call_queue: deque[HostWork] = deque()
        self.issue_seq = 0
        self.tasks_started = 0
        self.timers_started = 0
        self.live_tasks: list[ProgramTask] = []
        self.current: ProgramTask | None = None
        self.cancelled_externally = False
        self.ready_marker = _Ready(self)
        self.calls: list[ToolCall] = []
        self.loop: asyncio.AbstractEventLoop | None = None
        self.timeout: float | None = getattr(self.host, "timeout", None)
        """The host's wall-clock limit on the run (`WallClockLimited`), else None."""
        self.deadline: float | None = None
        """When the run must have finished, on the loop's clock (set when it starts)."""
        self.deadline_passed = False
        self.timer_ends: dict[int, tuple[float, float]] = {}
        """Under a deadline: each live timer's end on the loop's clock and its length, by issue sequence."""

    # -- tasks -------------------------------------------------------------------------------

    def spawn(self, gen: Gen, name: str) -> ProgramTask:
        self.tasks_started += 1
        if self.tasks_started > self.ctx.limits.max_tasks:
            raise PtcLimitError("max_tasks", f"more than {self.ctx.limits.max_tasks} tasks started")
        task = ProgramTask(self, gen, name)
        self.live_tasks.append(task)
        self.ready.append(task)
        return task

    def to_pending(self, awaitable: Any) -> Pending:
        """What `gather`/`create_task`/`wait_for` run for an argument: tasks for coroutines (§3.1).
        A coroutine already taken by another task or `await` makes a task that fails with
        CPython's `RuntimeError` when it runs, not here: `gather(c)` twice raises at the await."""
        if isinstance(awaitable, Pending):
            return awaitable
        if type(awaitable) is ProgramCoroutine:
            gen = awaitable.gen
            awaitable.gen = None
            return self.spawn(gen or _reused_coroutine(), f"Task-{self.tasks_started + 1}")
        if type(awaitable) is ToolCallAwaitable:
            return self.spawn(self.await_gen(awaitable), f"Task-{self.tasks_started + 1}")
        waiter: Callable[[Any], Gen] | None = getattr(type(cast(object, awaitable)), "ptc_await", None)
        if waiter is not None and isinstance(awaitable, PtcObject):  # the shim's `sleep`, `wait_for`, …
            return self.spawn(waiter(awaitable), f"Task-{self.tasks_started + 1}")
        raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")

    def await_gen(self, value: Any) -> Gen:
        """`await value` as a generator (the compiled `await` inlines the common cases)."""
        kind: type[Any] = type(value)  # pyright: ignore[reportUnknownVariableType]
        if kind is ProgramCoroutine:
            coroutine = cast(ProgramCoroutine, value)
            return (yield from coroutine.take())
        if kind is ToolCallAwaitable:
            outcome = self.start_call(value)
            if type(outcome) is not HostWork:
                return outcome
            while not outcome.done:
                yield outcome
            return outcome.result()
        if isinstance(value, Pending):
            while not value.done:
                yield value
            return value.result()
        if kind is Suspension:
            return (yield from self.suspend_gen(cast(Suspension, value)))
        waiter: Callable[[Any], Gen] | None = getattr(type(cast(object, value)), "ptc_await", None)
        if waiter is not None and isinstance(value, PtcObject):
            return (yield from waiter(value))
        raise TypeError(f"object {ptc_type_name(value)} can't be used in 'await' expression")

    def suspend_gen(self, suspension: Suspension) -> Gen:
        if suspension.awaitable is not None:
            return (yield from self.await_gen(suspension.awaitable))
        return (yield from self.sleep_gen(suspension.seconds))

    def sleep_gen(self, seconds: float) -> Gen:
        if self.cancelled_externally:
            raise CancelledError()
        if seconds <= 0:
            yield self.ready_marker
            return None
        work = self.start_sleep(seconds)
        while not work.done:
            yield work
        return work.result()

    # -- host work ---------------------------------------------------------------------------

    def start_call(self, awaitable: ToolCallAwaitable) -> Any:
        """Issue the awaited `tool(...)`; see `issue_call` for what it returns."""
        if awaitable.used:
            raise RuntimeError(f"cannot reuse already awaited coroutine {awaitable.tool.name}()")
        awaitable.used = True
        tool = awaitable.tool
        return self.issue_call(tool.name, awaitable.arguments, tool.site(awaitable.span), False)

    def issue_call(
        self, tool: str, arguments: dict[str, Any], site: tuple[SourceSpan, str], scalars: bool
    ) -> Any:
        """Issue a tool call with bound `arguments` from `site` (its span and source line);
        `scalars`: the caller saw that every argument is a plain scalar (no conversion to check for).

        Returns the call's result when the host completes it without suspending (§2.2): no
        `HostWork`, no host task, nothing for the loop to do, which is most of what an in-memory
        tool costs. Otherwise returns the `HostWork` to wait for (tool results are plain program
        data, never a `HostWork`). Raises the call's error, converted, when it fails at once."""
        if self.cancelled_externally:
            raise CancelledError()
        ctx = self.ctx
        sequence = ctx.tool_calls
        if sequence >= self.max_tool_calls:
            raise PtcLimitError(
                "max_tool_calls",
                f"more than {self.max_tool_calls} tool calls in one run",
                hint="batch the work into fewer calls",
            )
        if not scalars:
            for value in arguments.values():
                if type(value) not in PLAIN_SCALARS:
                    arguments = plain_arguments(arguments, ctx)
                    break
        call = new_tool_call(tool, arguments, site[0], sequence, site[1])
        ctx.tool_calls = sequence + 1
        self.calls.append(call)
        if self.calls_in_flight >= self.max_concurrent_calls:
            work = self._new_work(call)
            work.issue = lambda: self._issue_call(work)
            self.call_queue.append(work)
            return work
        # Not counted in `calls_in_flight` until it suspends: a call that completes here frees its
        # slot at once (and while a slot is free, no call is queued).
        own_tools = self.own_tools
        if own_tools is None:
            self.host.trace(new_trace_event("call_started", call))
        error: BaseException
        awaitable: Any = None
        first: Any = None
        try:
            awaitable = self.host.call_tool(call) if own_tools is None else own_tools[tool](**arguments)
            if type(awaitable) is _COROUTINE:
                first = awaitable.send(None)
        except StopIteration as stop:
            value = stop.value
            failure = None
            if type(value) not in PLAIN_SCALARS:  # scalars convert to themselves
                value, failure = self._converted(call, value)
            if failure is None:
                if own_tools is None:
                    self.host.trace(new_trace_event("call_finished", call))
                return value
            error = failure
        except BaseException as exc:
            error = exc
        else:
            work = self._new_work(call)
            self.calls_in_flight += 1
            if type(awaitable) is _COROUTINE:
                self._resume_in_host_task(work, awaitable, first)
            else:
                self._run_host(work, awaitable)
            return work
        raise self._call_failed(call, error)

    def _new_work(self, call: ToolCall | None) -> HostWork:
        """Host work in issue order (§2.4); only work that outlives its issuing step needs one."""
        self.issue_seq += 1
        return HostWork(self, self.issue_seq, call)

    def _issue_call(self, work: HostWork) -> None:
        """Issue a call that waited in `call_queue` for a free concurrency slot (§4.2)."""
        call = work.call
        assert call is not None
        own_tools = self.own_tools
        if own_tools is None:
            self.host.trace(new_trace_event("call_started", call))
        self.calls_in_flight += 1
        try:
            awaitable = (
                self.host.call_tool(call) if own_tools is None else own_tools[call.tool](**call.arguments)
            )
        except BaseException as exc:
            self._finish_work(work, None, exc)
            return
        self._run_host(work, awaitable)

    def start_sleep(self, seconds: float) -> HostWork:
        self.timers_started += 1
        if self.timers_started > self.ctx.limits.max_timers:
            raise PtcLimitError(
                "max_timers",
                f"more than {self.ctx.limits.max_timers} timers (asyncio.sleep, wait_for, timeout) in one run",
                hint="poll less often (longer sleeps), or await the work itself instead of sleeping",
            )
        work = self._new_work(None)
        if self.deadline is not None:
            self.timer_ends[work.seq] = (self._timer_end(seconds), seconds)
        try:
            awaitable = self.host.sleep(seconds)
        except BaseException as exc:
            work.finish(None, exc)
            return work
        self._run_host(work, awaitable)
        return work

    def _run_host(self, work: HostWork, awaitable: Any) -> None:
        if type(awaitable) is CoroutineType:
            coro = cast(Coroutine[Any, Any, Any], awaitable)
            try:
                first: Any = coro.send(None)
            except StopIteration as stop:  # §2.2 fast path: finished without suspending
                self._finish_work(work, stop.value, None)
                return
            except BaseException as exc:
                self._finish_work(work, None, exc)
                return
            self._resume_in_host_task(work, coro, first)
            return
        if not (isinstance(awaitable, asyncio.Future) or hasattr(awaitable, "__await__")):
            self._finish_work(work, awaitable, None)  # a synchronous tool: its return value is the result
            return
        future = asyncio.ensure_future(cast(Awaitable[Any], awaitable))
        if future.done():
            self._settle(work, future)
            return
        self._wait_for_host(work, future)

    def _resume_in_host_task(self, work: HostWork, coro: Coroutine[Any, Any, Any], first: Any) -> None:
        """`coro` suspended on its first step (yielding `first`): the rest runs in a host task."""
        resume = _Resume(coro, first)
        work.resume = resume
        self._wait_for_host(work, self._loop().create_task(_drive(resume)))

    def _wait_for_host(self, work: HostWork, future: asyncio.Future[Any]) -> None:
        work.future = future
        self.in_flight[work.seq] = work
        future.add_done_callback(lambda _: self._host_done(work))

    def _loop(self) -> asyncio.AbstractEventLoop:
        if self.loop is None:
            self.loop = asyncio.get_running_loop()
        return self.loop

    def _host_done(self, work: HostWork) -> None:
        self.completed.append(work)
        wakeup = self.wakeup
        if wakeup is not None and not wakeup.done():
            wakeup.set_result(None)

    def _settle(self, work: HostWork, future: asyncio.Future[Any]) -> None:
        if future.cancelled():
            self._finish_work(work, None, CancelledError())
            return
        error = future.exception()
        if error is not None:
            self._finish_work(work, None, error)
        else:
            self._finish_work(work, future.result(), None)

    def _finish_work(self, work: HostWork, value: Any, error: BaseException | None) -> None:
        call = work.call
        if call is None:
            work.finish(value, error)
            return
        self.calls_in_flight -= 1
        if error is None:
            value, error = self._converted(call, value)
        if error is None:
            if self.own_tools is None:
                self.host.trace(new_trace_event("call_finished", call))
        else:
            error = self._call_failed(call, error)
        work.finish(value, error)
        if self.call_queue and self.calls_in_flight < self.max_concurrent_calls:
            queued = self.call_queue.popleft()
            issue = queued.issue
            queued.issue = None
            if issue is not None:
                issue()

    def _converted(self, call: ToolCall, value: Any) -> tuple[Any, BaseException | None]:
        """(program value, None), or (None, the error) when the result is not usable data."""
        try:
            return self.convert_result(value), None
        except Exception as exc:
            return None, TypeError(f"tool {call.tool!r} returned a value the program cannot use: {exc}")

    def _call_failed(self, call: ToolCall, error: BaseException) -> BaseException:
        """Trace a failed or cancelled call; the error as the program sees it."""
        kind: Literal["call_cancelled", "call_failed"] = "call_failed"
        if isinstance(error, CancelledError):
            kind, detail, seen = "call_cancelled", None, error
        elif isinstance(error, UNCATCHABLE):
            detail, seen = f"{type(error).__name__}: {error}", error
        else:
            message = tool_message(error)  # bounded, without host reprs (§2.6)
            detail = f"{type(error).__name__}: {message}"
            seen = convert_tool_exception(error, call.tool, message)
        if self.own_tools is None:
            self.host.trace(new_trace_event(kind, call, detail))
        return seen

    def dequeue(self, work: HostWork) -> None:
        with contextlib.suppress(ValueError):
            self.call_queue.remove(work)

    def _process_completed(self) -> None:
        completed = self.completed
        if not completed:
            return
        self.completed = []
        completed.sort(key=lambda w: w.seq)  # §2.4: together-finished work resumes in issue order
        for work in completed:
            del self.in_flight[work.seq]
            assert work.future is not None
            self._settle(work, work.future)

    # -- the loop ----------------------------------------------------------------------------

    def _step(self, task: ProgramTask) -> None:
        if task.done:
            return
        self.current = task
        gen = task.gen
        try:
            if task.cancel_pending:
                task.cancel_pending = False
                yielded = gen.throw(CancelledError())
            else:
                yielded = gen.send(None)
        except StopIteration as stop:
            self.current = None
            task.finish(stop.value, None)
            return
        except UNCATCHABLE:
            self.current = None
            raise
        except BaseException as exc:
            self.current = None
            task.finish(None, exc)
            return
        self.current = None
        if task.cancel_pending:  # cancelled while running: deliver at this suspension point
            self.ready.append(task)
            return
        if yielded is self.ready_marker:
            self.ready.append(task)
            return
        if yielded.done:
            self.ready.append(task)
            return
        task.waiting_on = yielded
        yielded.add_waiter(task)

    def _run_ready(self, until: Pending | None) -> None:
        """Step ready tasks and callbacks in order; stop as soon as `until` is done (§5.1: once the
        main program finished, the tasks still ready are cancelled rather than run on)."""
        ready = self.ready
        step = self._step
        while ready:
            item = ready.popleft()
            if type(item) is ProgramTask:
                step(item)
            else:
                callback, pending = item
                callback(pending)
            if until is not None and until.done:
                return

    async def run_main(self, gen: Gen) -> Any:
        """Run the program's main generator to completion; settle every task and host call (§3.2)."""
        main = ProgramTask(self, gen, "main")
        self.live_tasks.append(main)
        self.ready.append(main)
        deadline_timer = self._start_deadline()
        try:
            await self._drive_until(lambda: main.done, until=main)
            self._cancel_leftovers()
            await self._drive_until(self._all_settled)
        except asyncio.CancelledError:
            await self._cancel_from_outside()
            raise
        except BaseException:
            await self._abort()
            raise
        finally:
            if deadline_timer is not None:
                deadline_timer.cancel()
        return main.result()

    def _start_deadline(self) -> asyncio.TimerHandle | None:
        if self.timeout is None:
            return None
        loop = self._loop()
        self.deadline = loop.time() + self.timeout
        return loop.call_at(self.deadline, self._deadline_reached)

    def _deadline_reached(self) -> None:
        self.deadline_passed = True
        wakeup = self.wakeup
        if wakeup is not None and not wakeup.done():
            wakeup.set_result(None)

    def _timer_end(self, seconds: float) -> float:
        """When a timer of `seconds` ends on the loop's clock; never, for NaN or a length too large
        for a float (the host's own timer decides what such a sleep does)."""
        try:
            end = self._loop().time() + seconds
        except OverflowError:
            return math.inf
        return math.inf if math.isnan(end) else end

    def _check_deadline(self, deadline: float) -> None:
        """Before waiting on the host: fail now if the run cannot finish in time, i.e. the deadline
        passed, or no tool call is in flight and every timer in flight ends after the deadline."""
        if self.deadline_passed or self._loop().time() >= deadline:
            raise self._timed_out("the run took longer than its timeout")
        if self.calls_in_flight or self.call_queue:
            return  # a tool call may finish first and wake a task
        ends = [self.timer_ends.get(seq) for seq in self.in_flight]
        if not ends or None in ends:
            return  # host work other than a timer: it may finish first
        end, seconds = min(end for end in ends if end is not None)
        if end > deadline:
            raise self._timed_out(
                "every task waits on a timer that would end after the run's timeout",
                f"; the first to end is a {seconds:g} s timer",
            )

    def _timed_out(self, what: str, detail: str = "") -> PtcLimitError:
        return PtcLimitError(
            "timeout",
            f"{what} of {self.timeout:g} s (wall-clock time){detail}",
            hint="a standalone run (no workflow host) stops after `timeout` seconds, its sleeps included; "
            "pass a larger timeout to run() (python -m ptc_interpreter run --timeout), "
            "or run the program in a workflow, where a sleep is a durable timer",
        )

    def _all_settled(self) -> bool:
        return not self.in_flight and not self.call_queue and all(t.done for t in self.live_tasks)

    def _cancel_leftovers(self) -> None:
        for task in self.live_tasks:
            if not task.done:
                task.cancel()

    async def _drive_until(self, condition: Callable[[], bool], until: Pending | None = None) -> None:
        while True:
            self._run_ready(until)
            if condition():
                return
            self._process_completed()
            if self.ready:
                continue
            if condition():
                return
            if not self.in_flight:
                raise PtcRuntimeError(
                    "RuntimeError",
                    "deadlock: every task is waiting and no tool call or timer is in flight",
                )
            deadline = self.deadline
            if deadline is not None:
                self._check_deadline(deadline)
            self.wakeup = self._loop().create_future()
            try:
                await self.wakeup
            finally:
                self.wakeup = None
            if self.deadline_passed:
                raise self._timed_out("the run took longer than its timeout")
            self._process_completed()

    async def _cancel_from_outside(self) -> None:
        """§3.4: CancelledError through every task, host work cancelled and settled, then re-raised."""
        self.cancelled_externally = True
        for task in self.live_tasks:
            if not task.done:
                task.cancel()
        for work in list(self.in_flight.values()):
            work.cancel()
        for work in list(self.call_queue):
            work.cancel()
        try:
            await self._drive_until(self._all_settled)
        except asyncio.CancelledError:
            await self._abort()
        except BaseException:
            await self._abort()

    async def _abort(self) -> None:
        """A limit or internal error: stop everything without running more program code.

        Suspended program generators are closed here, with the step budget spent, so their `finally`
        blocks stop at their first statement instead of running later at garbage collection."""
        self.ctx.steps_left = -(1 << 62)
        for task in self.live_tasks:
            if not task.done:
                task.done = True
                with contextlib.suppress(BaseException):
                    task.gen.close()
        for work in list(self.in_flight.values()):
            work.cancel()
        futures = [w.future for w in self.in_flight.values() if w.future is not None]
        if futures:
            try:
                await asyncio.wait(futures)
            except CancelledError:
                self.cancelled_externally = True  # the caller was cancelled while we settled
                raise
        self.in_flight.clear()
        self.completed.clear()
        self.ready.clear()
        self.call_queue.clear()


def gather_pending(sched: Scheduler, awaitables: Sequence[Any], return_exceptions: bool) -> GatherFuture:
    if len(set(map(id, awaitables))) == len(awaitables):
        return GatherFuture(sched, [sched.to_pending(a) for a in awaitables], return_exceptions)
    pendings: dict[int, Pending] = {}  # an awaitable given twice is run once, as in CPython
    children = [
        pendings[id(a)] if id(a) in pendings else pendings.setdefault(id(a), sched.to_pending(a))
        for a in awaitables
    ]
    return GatherFuture(sched, children, return_exceptions, list(pendings.values()))


def _reused_coroutine() -> Gen:
    raise RuntimeError("cannot reuse already awaited coroutine")
    yield  # makes this a generator: the error is raised when the task first runs
