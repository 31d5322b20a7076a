"""The program's `asyncio`: gather, sleep, create_task, wait_for, timeout, as_completed, TaskGroup,
Semaphore, Event, queues (in `asyncio_queues`), run — all implemented on the interpreter's scheduler, never on the host loop.

Each function returns interpreter-owned awaitables (`Pending`s or objects with `ptc_await`), so the
program can hold and await them but reaches nothing of the host. The rules (ordering, failure and
cancellation) are in docs/semantics.md §3; the section is cited at each function.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, ClassVar

from ..runtime.allowlist import PtcObject, ShimModule
from ..runtime.budget import charge_entries, materialize
from ..runtime.native import NativeFunction, NativePythonFunction
from ..runtime.registry import CONSTANT, Method, TypeTable
from ..runtime.scheduler import (
    CancelledError,
    FirstDone,
    Pending,
    ProgramTask,
    PtcContextManager,
    Scheduler,
    Suspension,
    gather_pending,
    request_suspension,
)
from ..runtime.values import OrderedSet
from .asyncio_queues import queue_classes
from .asyncio_waiters import wait_turn, wake_next
from .support import NativeClass

if TYPE_CHECKING:
    from ..runtime.context import RunContext

Gen = Generator[Any, Any, Any]


def _wait(pending: Pending) -> Gen:
    while not pending.done:
        yield pending
    return pending.result()


def _settle(pending: Pending) -> Gen:
    """Wait until `pending` is done, ignoring its outcome (used after cancelling it)."""
    while not pending.done:
        try:
            yield pending
        except CancelledError:
            continue


class _AsCompleted(PtcObject):
    """What `asyncio.as_completed(...)` returns: CPython's is a generator, so `next(it)` works and
    `len(it)` does not; its i-th awaitable completes with the i-th child to finish."""

    __slots__ = ("slots",)
    ptc_name = "generator"

    def __init__(self, slots: list[Pending]) -> None:
        self.slots = iter(slots)

    def __iter__(self) -> _AsCompleted:
        return self

    def __next__(self) -> Pending:
        return next(self.slots)

    def __repr__(self) -> str:
        return "<generator object as_completed>"


class _Sleep(PtcObject):
    """`asyncio.sleep(s)` before it is awaited."""

    __slots__ = ("result", "sched", "seconds")
    ptc_name = "coroutine"

    def __init__(self, sched: Scheduler, seconds: float, result: Any) -> None:
        self.sched = sched
        self.seconds = seconds
        self.result = result

    def ptc_await(self) -> Gen:
        yield from self.sched.sleep_gen(self.seconds)
        return self.result

    def __repr__(self) -> str:
        return "<coroutine sleep>"


class _WaitFor(PtcObject):
    """`asyncio.wait_for(aw, timeout)` (§3.3)."""

    __slots__ = ("awaitable", "sched", "timeout")
    ptc_name = "coroutine"

    def __init__(self, sched: Scheduler, awaitable: Any, timeout: float | None) -> None:
        self.sched = sched
        self.awaitable = awaitable
        self.timeout = timeout

    def ptc_await(self) -> Gen:
        sched = self.sched
        inner = sched.to_pending(self.awaitable)
        if self.timeout is None:
            return (yield from _wait(inner))
        if self.timeout <= 0:
            if inner.done:
                return inner.result()
            inner.cancel()
            yield from _settle(inner)
            if inner.cancelled():
                raise TimeoutError()
            return inner.result()
        timer = sched.start_sleep(self.timeout)
        race = FirstDone(sched, [inner, timer])
        try:
            while not race.done:
                yield race
        except CancelledError:
            timer.cancel()
            if inner.done:  # as CPython 3.11: an outcome already there wins over the cancellation
                return inner.result()
            inner.cancel()
            yield from _settle(inner)
            raise
        if inner.done:
            timer.cancel()
            return inner.result()
        inner.cancel()
        yield from _settle(inner)
        if inner.cancelled():
            raise TimeoutError()
        return inner.result()

    def __repr__(self) -> str:
        return "<coroutine wait_for>"


class _Timeout(PtcContextManager):
    """`async with asyncio.timeout(delay):` (§3.3)."""

    __slots__ = ("delay", "exited", "expired", "sched", "task", "timer")
    ptc_name = "Timeout"

    def __init__(self, sched: Scheduler, delay: float | None) -> None:
        self.sched = sched
        self.delay = delay
        self.expired = False
        self.exited = False
        self.task: ProgramTask | None = None
        self.timer: Pending | None = None

    def ptc_enter(self) -> Gen:
        self.task = self.sched.current
        if self.delay is not None:
            self.timer = self.sched.start_sleep(max(self.delay, 0.0))
            self.timer.add_waiter(self._expire)
        return self
        yield  # pragma: no cover - generator protocol

    def _expire(self, timer: Pending) -> None:
        if timer.error is None and not self.exited and self.task is not None:
            self.expired = True
            self.task.cancel()

    def ptc_exit(self, error: BaseException | None) -> Gen:
        self.exited = True
        if self.timer is not None and not self.timer.done:
            self.timer.cancel()
        if self.expired and isinstance(error, CancelledError):
            raise TimeoutError() from None
        return False
        yield  # pragma: no cover - generator protocol

    def has_expired(self) -> bool:
        return self.expired

    ptc_table: ClassVar[TypeTable] = {"expired": Method(has_expired, CONSTANT)}


class _TaskGroup(PtcContextManager):
    """`async with asyncio.TaskGroup() as tg:` (§3.5), as CPython 3.11's: the first failure cancels
    the other tasks and the task running the body; everything leaves as one `ExceptionGroup`."""

    __slots__ = (
        "aborting",
        "entered",
        "errors",
        "exiting",
        "parent",
        "parent_cancel_requested",
        "sched",
        "tasks",
    )
    ptc_name = "TaskGroup"

    def __init__(self, sched: Scheduler) -> None:
        self.sched = sched
        self.tasks: list[Pending] = []
        self.errors: list[BaseException] = []
        self.entered = False
        self.exiting = False
        self.aborting = False
        self.parent: ProgramTask | None = None
        self.parent_cancel_requested = False

    def create_task(self, awaitable: Any, name: Any = None) -> Pending:
        if not self.entered:
            raise RuntimeError("TaskGroup has not been entered")
        if self.aborting:
            raise RuntimeError("TaskGroup is shutting down")
        task = self.sched.to_pending(awaitable)
        self.tasks.append(task)
        if task.done:
            self._task_done(task)
        else:
            task.add_waiter(self._task_done)
        return task

    def _abort(self) -> None:
        self.aborting = True
        for task in self.tasks:
            if not task.done:
                task.cancel()

    def _task_done(self, task: Pending) -> None:
        """Runs as the task's completion callback, or earlier from `ptc_exit` (whichever comes first)."""
        error = task.error
        if error is None or isinstance(error, CancelledError) or any(e is error for e in self.errors):
            return
        self.errors.append(error)
        if self.aborting or self.parent_cancel_requested:
            return
        self._abort()
        parent = self.parent
        if not self.exiting and parent is not None and not parent.done:
            self.parent_cancel_requested = True  # the body stops at its next await; exit absorbs it
            parent.cancel()

    def ptc_enter(self) -> Gen:
        self.entered = True
        self.parent = self.sched.current
        return self
        yield  # pragma: no cover - generator protocol

    def ptc_exit(self, error: BaseException | None) -> Gen:
        self.exiting = True
        for task in self.tasks:  # failures whose completion callbacks are still queued count now
            if task.done:
                self._task_done(task)
        propagate: BaseException | None = None
        if isinstance(error, CancelledError) and not self.parent_cancel_requested:
            propagate = error
        if error is not None and not self.aborting:
            self._abort()
        index = 0
        while index < len(self.tasks):
            task = self.tasks[index]
            if not task.done:
                try:
                    # A separate pending, as CPython's `_on_completed_fut`: cancelling the body's task
                    # must reach this loop (which aborts every task), not just cancel `task`.
                    yield FirstDone(self.sched, [task])
                except CancelledError as exc:
                    if not self.aborting:  # cancelled from outside while waiting for the tasks
                        propagate = exc
                        self._abort()
                if task.done:
                    self._task_done(task)
                continue
            index += 1
        parent = self.parent
        if self.parent_cancel_requested and parent is not None:
            parent.cancel_pending = False  # CPython's uncancel(): the group's own request is spent
        if propagate is not None:
            raise propagate
        errors = list(self.errors)
        if error is not None and not isinstance(error, CancelledError):
            errors.append(error)
        if errors:
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
        return False

    ptc_table: ClassVar[TypeTable] = {"create_task": Method(create_task, CONSTANT)}

    def __repr__(self) -> str:
        return "<TaskGroup>"


class _SemaphoreBase(PtcContextManager):
    """`asyncio.Semaphore(n)` and `asyncio.Lock()`: `async with sem:` limits how many tasks run a
    section at once."""

    __slots__ = ("sched", "value", "waiters")
    ptc_name = "Semaphore"

    def __init__(self, sched: Scheduler, value: int = 1) -> None:
        if not isinstance(value, int) or value < 0:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError("Semaphore initial value must be >= 0")
        self.sched = sched
        self.value = value
        self.waiters: deque[Pending] = deque()

    def acquire_gen(self) -> Gen:
        if self.value > 0 and not self.waiters:
            self.value -= 1
            return True
        yield from wait_turn(self.sched, self.waiters, self.release)
        return True

    def release(self) -> None:
        if not wake_next(self.waiters):
            self.value += 1

    def ptc_enter(self) -> Gen:
        yield from self.acquire_gen()
        return None

    def ptc_exit(self, error: BaseException | None) -> Gen:
        self.release()
        return False
        yield  # pragma: no cover - generator protocol

    def acquire(self) -> _Acquire:
        return _Acquire(self)

    def locked(self) -> bool:
        return self.value == 0

    ptc_table: ClassVar[TypeTable] = {
        "acquire": Method(acquire, CONSTANT),
        "release": Method(release, CONSTANT),
        "locked": Method(locked, CONSTANT),
    }

    def __repr__(self) -> str:
        return f"<Semaphore value={self.value}>"


class _Semaphore(_SemaphoreBase):
    """`asyncio.Semaphore(n)`."""

    __slots__ = ()
    ptc_name = "Semaphore"


class _Lock(_SemaphoreBase):
    """`asyncio.Lock()`: a semaphore of one, of its own type (`isinstance(lock, asyncio.Semaphore)`
    is False, as in CPython)."""

    __slots__ = ()
    ptc_name = "Lock"

    def __repr__(self) -> str:
        return f"<Lock [{'locked' if self.value == 0 else 'unlocked'}]>"


class _Acquire(PtcObject):
    __slots__ = ("semaphore",)
    ptc_name = "coroutine"

    def __init__(self, semaphore: _SemaphoreBase) -> None:
        self.semaphore = semaphore

    def __repr__(self) -> str:
        return "<coroutine acquire>"

    def ptc_await(self) -> Gen:
        return (yield from self.semaphore.acquire_gen())


class _Wait(PtcObject):
    """`asyncio.wait(aws, timeout=None, return_when=ALL_COMPLETED)` -> `(done, pending)` sets (§3.6)."""

    __slots__ = ("awaitables", "return_when", "sched", "timeout")
    ptc_name = "coroutine"

    def __init__(self, sched: Scheduler, awaitables: Any, timeout: float | None, return_when: str) -> None:
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError(f"Invalid return_when value: {return_when}")
        self.sched = sched
        self.awaitables = list(materialize(sched.ctx, awaitables))
        if not self.awaitables:
            raise ValueError("Set of Tasks/Futures is empty.")
        self.timeout = timeout
        self.return_when = return_when

    def _finished(self, children: list[Pending]) -> bool:
        done = [c for c in children if c.done]
        if self.return_when == FIRST_COMPLETED:
            return bool(done)
        if self.return_when == FIRST_EXCEPTION and any(
            c.error is not None and not isinstance(c.error, CancelledError) for c in done
        ):
            return True
        return len(done) == len(children)

    def ptc_await(self) -> Gen:
        """Each awaitable costs a step (a task or waiter for it, a place in the result sets), and
        the wait watches each child once: a callback per child counts completions and wakes the
        waiting task when the condition holds (as CPython's `asyncio.wait`), rather than every
        completion rescanning every child."""
        sched = self.sched
        charge_entries(sched.ctx, len(self.awaitables))
        children = [sched.to_pending(a) for a in self.awaitables]
        if self._finished(children):
            return self._outcome(children)
        signal = Pending(sched)
        remaining = [sum(1 for c in children if not c.done)]
        return_when = self.return_when

        def one_done(child: Pending) -> None:
            remaining[0] -= 1
            if (
                remaining[0] <= 0
                or return_when == FIRST_COMPLETED
                or (
                    return_when == FIRST_EXCEPTION
                    and child.error is not None
                    and not isinstance(child.error, CancelledError)
                )
            ):
                signal.finish(None, None)

        def timed_out(_: Pending) -> None:
            signal.finish(None, None)

        timer = sched.start_sleep(self.timeout) if self.timeout is not None else None
        if timer is not None:
            if timer.done:
                signal.finish(None, None)
            else:
                timer.add_waiter(timed_out)
        watched = [c for c in children if not c.done]
        for child in watched:
            child.add_waiter(one_done)
        try:
            while not signal.done:
                yield signal
        finally:
            if timer is not None and not timer.done:
                timer.cancel()
            for child in watched:
                if not child.done:
                    child.remove_waiter(one_done)
        return self._outcome(children)

    def _outcome(self, children: list[Pending]) -> tuple[OrderedSet, OrderedSet]:
        return (
            OrderedSet(c for c in children if c.done),
            OrderedSet(c for c in children if not c.done),
        )

    def __repr__(self) -> str:
        return "<coroutine wait>"


class _Event(PtcObject):
    """`asyncio.Event()`: `await event.wait()` until some task calls `event.set()`."""

    __slots__ = ("flag", "sched")
    ptc_name = "Event"

    def __init__(self, sched: Scheduler) -> None:
        self.sched = sched
        self.flag = Pending(sched)

    def set(self) -> None:
        self.flag.finish(True, None)

    def clear(self) -> None:
        if self.flag.done:
            self.flag = Pending(self.sched)

    def is_set(self) -> bool:
        return self.flag.done

    def wait(self) -> _EventWait:
        return _EventWait(self)

    ptc_table: ClassVar[TypeTable] = {
        "set": Method(set, CONSTANT),
        "clear": Method(clear, CONSTANT),
        "is_set": Method(is_set, CONSTANT),
        "wait": Method(wait, CONSTANT),
    }

    def __repr__(self) -> str:
        return f"<Event {'set' if self.flag.done else 'unset'}>"


class _EventWait(PtcObject):
    __slots__ = ("event",)
    ptc_name = "coroutine"

    def __init__(self, event: _Event) -> None:
        self.event = event

    def ptc_await(self) -> Gen:
        return (yield from _wait(self.event.flag))

    def __repr__(self) -> str:
        return "<coroutine wait>"


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def make_module(ctx: RunContext) -> ShimModule:
    sched = ctx.scheduler
    assert sched is not None, "the asyncio shim needs the run's scheduler"

    def gather(*awaitables: Any, return_exceptions: bool = False) -> Pending:
        """§3.1; each awaitable costs a step (a task or waiter for it, a place in the results)."""
        charge_entries(ctx, len(awaitables))
        return gather_pending(sched, awaitables, bool(return_exceptions))

    def sleep(delay: float, result: Any = None) -> _Sleep:
        """§2.5"""
        if not isinstance(delay, int | float):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"'{type(delay).__name__}' object cannot be interpreted as a number")
        return _Sleep(sched, float(delay), result)

    def create_task(awaitable: Any, *, name: Any = None) -> Pending:
        """§3.2"""
        return sched.to_pending(awaitable)

    def ensure_future(awaitable: Any) -> Pending:
        return sched.to_pending(awaitable)

    def wait_for(awaitable: Any, timeout: float | None) -> _WaitFor:
        """§3.3"""
        return _WaitFor(sched, awaitable, timeout)

    def timeout(delay: float | None) -> _Timeout:
        """§3.3"""
        return _Timeout(sched, delay)

    def as_completed(awaitables: Any, *, timeout: Any = None) -> _AsCompleted:
        """§3.6: the i-th awaitable returned completes with the i-th child to finish; each awaitable
        costs a step (a task or waiter for it, and its slot). With `timeout`, one timer ends every
        slot still open with `TimeoutError` when it fires; the children keep running."""
        if timeout is not None and not isinstance(timeout, int | float):
            raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as a number")
        awaitables = materialize(ctx, awaitables)
        charge_entries(ctx, len(awaitables))
        children = [sched.to_pending(a) for a in awaitables]
        slots = [Pending(sched) for _ in children]
        finished = [0]
        timers: list[Pending] = []

        def child_done(child: Pending) -> None:
            if finished[0] == len(slots):  # the timeout ended every slot first
                return
            slot = slots[finished[0]]
            finished[0] += 1
            slot.finish(child.value, child.error)
            if finished[0] == len(slots) and timers:
                timers[0].cancel()

        def timed_out(_timer: Pending) -> None:
            while finished[0] < len(slots):
                slot = slots[finished[0]]
                finished[0] += 1
                slot.finish(None, TimeoutError())

        for child in children:
            if child.done:
                child_done(child)
            else:
                child.add_waiter(child_done)
        if timeout is not None and finished[0] < len(slots):
            timer = sched.start_sleep(timeout)
            timers.append(timer)
            timer.add_waiter(timed_out)
        return _AsCompleted(slots)

    def run(awaitable: Any) -> Suspension:
        """`asyncio.run(main())` at top level: runs `main()` to completion on the scheduler."""
        return request_suspension(ctx, "asyncio.run", 0.0, awaitable)

    def current_task() -> ProgramTask | None:
        return sched.current

    def wait(awaitables: Any, *, timeout: float | None = None, return_when: str = ALL_COMPLETED) -> _Wait:
        """§3.6"""
        return _Wait(sched, awaitables, timeout, return_when)

    members: dict[str, Any] = {
        name: NativePythonFunction(name, function)
        for name, function in {
            "gather": gather,
            "sleep": sleep,
            "create_task": create_task,
            "ensure_future": ensure_future,
            "wait_for": wait_for,
            "timeout": timeout,
            "as_completed": as_completed,
            "run": run,
            "wait": wait,
        }.items()
    }
    members |= {
        name: NativeFunction(name, function)
        for name, function in {
            "current_task": current_task,
            "TaskGroup": lambda: _TaskGroup(sched),
        }.items()
    }

    def semaphore(value: int = 1) -> _Semaphore:
        return _Semaphore(sched, value)

    # Classes, so that `isinstance(x, asyncio.Lock)` and annotations work as in CPython.
    members["Semaphore"] = NativeClass("asyncio.Semaphore", _Semaphore, semaphore)
    members["Lock"] = NativeClass("asyncio.Lock", _Lock, lambda: _Lock(sched, 1))
    members["Event"] = NativeClass("asyncio.Event", _Event, lambda: _Event(sched))
    members["Task"] = NativeClass("asyncio.Task", ProgramTask, create_task)
    members.update(queue_classes(sched))
    members["FIRST_COMPLETED"] = FIRST_COMPLETED
    members["FIRST_EXCEPTION"] = FIRST_EXCEPTION
    members["ALL_COMPLETED"] = ALL_COMPLETED
    members["CancelledError"] = asyncio.CancelledError
    members["TimeoutError"] = TimeoutError
    members["InvalidStateError"] = asyncio.InvalidStateError
    return ShimModule("asyncio", members)
