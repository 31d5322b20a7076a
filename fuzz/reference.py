"""The CPython reference: a generated program run natively, under the documented semantics.

The program's source is compiled by CPython (these are our own generated programs, never model
output) with top-level await allowed, and run as a task on the virtual-time loop with the same
simulated tools the interpreter sees. Its `asyncio` is CPython's own tasks, futures, `wait_for` and
cancellation, with the few rules docs/semantics.md states differently from CPython wrapped around
them:

- `gather` (§3.1): CPython's (the first failure is raised at once, the siblings keep running, an
  awaitable passed twice runs once), except that a gather whose awaiting task is cancelled, or any
  gather while the run is cancelled from outside, cancels its children and waits for them all to
  settle first. Children are started at the call, as CPython's gather does.
- Tasks still pending when the program ends are cancelled and awaited (§3.2).
- Sleeps and timeouts go through the simulated world's timer allocator, like the interpreter's host.
- Cancellation from outside cancels the program's every task at once (§3.4).
"""

from __future__ import annotations

import ast
import asyncio
import builtins
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .simhost import World

RESULT_NAME = "__reference_result__"


class ToolError(Exception):
    """What a failing tool raises in the reference, named as the interpreter names it."""


@dataclass
class Outcome:
    """What one run of a program did, in a form comparable between the interpreter and the reference."""

    value: Any = None
    stdout: str | None = ""
    error: tuple[str, str] | None = None
    cancelled: bool = False
    calls: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    left_running: list[str] = field(default_factory=list[str])
    ties: bool = False

    def describe(self) -> str:
        if self.cancelled:
            head = "cancelled"
        elif self.error is not None:
            head = f"raised {self.error[0]}: {self.error[1]}"
        else:
            head = f"value {self.value!r}"
        return f"{head}\n  stdout: {self.stdout!r}\n  calls: {self.calls}"


def normalize(value: Any) -> Any:
    """Exceptions as their repr (the interpreter hands results back as plain data, an exception as
    its repr); containers rebuilt; everything else as is."""
    if isinstance(value, BaseException):
        name = type(value).__name__
        return (
            f"{'ToolError' if name == 'SimToolFailure' else name}({', '.join(repr(a) for a in value.args)})"
        )
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, tuple):
        return tuple(normalize(v) for v in value)
    if isinstance(value, dict):
        return {normalize(k): normalize(v) for k, v in value.items()}
    return value


def _capture_last_expression(source: str) -> ast.Module:
    tree = ast.parse(source)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        assign = ast.Assign(targets=[ast.Name(id=RESULT_NAME, ctx=ast.Store())], value=last.value)
        tree.body[-1] = ast.copy_location(assign, last)
        ast.fix_missing_locations(tree)
    return tree


class _GatherFuture(asyncio.Future[Any]):
    """§3.1 on CPython futures: CPython's gather, but settling every child when being cancelled."""

    def __init__(
        self,
        children: list[asyncio.Future[Any]],
        return_exceptions: bool,
        cancelled_from_outside: Callable[[], bool],
    ) -> None:
        super().__init__()
        self.children = children
        self.return_exceptions = return_exceptions
        self.cancelled_from_outside = cancelled_from_outside
        self.failure: BaseException | None = None
        self.outer_cancelled = False
        unique = list({id(child): child for child in children}.values())
        self.remaining = len(unique)
        if not children:
            self.set_result([])
        for child in unique:
            child.add_done_callback(self._child_done)

    def _child_done(self, child: asyncio.Future[Any]) -> None:
        self.remaining -= 1
        error = asyncio.CancelledError() if child.cancelled() else child.exception()
        if self.done():
            return
        if error is not None and not self.return_exceptions and self.failure is None:
            self.failure = error
            if not (self.outer_cancelled or self.cancelled_from_outside()):
                self.set_exception(error)
                return
            for sibling in self.children:
                if not sibling.done():
                    sibling.cancel()
        if self.remaining:
            return
        if self.outer_cancelled:
            self.set_exception(asyncio.CancelledError())
        elif self.failure is not None:
            self.set_exception(self.failure)
        else:
            self.set_result([_result_or_error(c) for c in self.children])

    def cancel(self, msg: Any = None) -> bool:
        if self.done():
            return False
        self.outer_cancelled = True
        for child in self.children:
            if not child.done():
                child.cancel()
        return True


def _result_or_error(child: asyncio.Future[Any]) -> Any:
    if child.cancelled():
        return asyncio.CancelledError()
    return child.exception() or child.result()


class ReferenceAsyncio:
    """The program's `asyncio` in the reference run."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.tasks: list[asyncio.Future[Any]] = []
        self.cancelled_from_outside = False

    def module(self) -> types.ModuleType:
        module = types.ModuleType("asyncio")
        for name in ("gather", "create_task", "ensure_future", "sleep", "wait_for", "timeout"):
            setattr(module, name, getattr(self, name))
        tasks = self.tasks

        class TaskGroup(asyncio.TaskGroup):
            """Its tasks are the program's too: cancelled with the others when the program ends."""

            def create_task(self, coro: Any, **kwargs: Any) -> asyncio.Task[Any]:
                task = super().create_task(coro, **kwargs)
                tasks.append(task)
                return task

        module.TaskGroup = TaskGroup  # type: ignore[attr-defined]
        module.CancelledError = asyncio.CancelledError  # type: ignore[attr-defined]
        module.TimeoutError = TimeoutError  # type: ignore[attr-defined]
        return module

    def ensure_future(self, awaitable: Any) -> asyncio.Future[Any]:
        if isinstance(awaitable, asyncio.Future):
            return awaitable  # pyright: ignore[reportUnknownVariableType]
        task = asyncio.ensure_future(awaitable)
        self.tasks.append(task)
        return task

    def create_task(self, awaitable: Any, *, name: Any = None) -> asyncio.Future[Any]:
        return self.ensure_future(awaitable)

    def gather(self, *awaitables: Any, return_exceptions: bool = False) -> asyncio.Future[Any]:
        futures: dict[int, asyncio.Future[Any]] = {}  # an awaitable passed twice runs once
        children = [
            futures.get(id(a)) or futures.setdefault(id(a), self.ensure_future(a)) for a in awaitables
        ]
        return _GatherFuture(children, bool(return_exceptions), lambda: self.cancelled_from_outside)

    async def sleep(self, delay: float, result: Any = None) -> Any:
        # The interpreter's `sleep(0)` is a yield, not a host timer (§2.5).
        await asyncio.sleep(self.world.loop_delay(delay) if delay > 0 else 0)
        return result

    def timeout(self, delay: float | None) -> asyncio.Timeout:
        if delay is None:
            return asyncio.timeout(None)
        return asyncio.timeout(self.world.loop_delay(delay))

    async def wait_for(self, awaitable: Any, timeout: float | None) -> Any:
        if timeout is None:
            return await awaitable
        units = self.world.loop_delay(timeout)
        return await asyncio.wait_for(self.ensure_future(awaitable), units)


async def run_reference(source: str, world: World, cancel_at: float | None = None) -> Outcome:
    """Run `source` natively on the running (virtual-time) loop; cancel it at loop time `cancel_at`."""
    code = compile(
        _capture_last_expression(source),
        "<program>",
        "exec",
        flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
        dont_inherit=True,
    )
    shim = ReferenceAsyncio(world)
    shim_module = shim.module()
    printed: list[str] = []

    def importer(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "asyncio":
            return shim_module
        raise ImportError(f"the reference has no module {name!r}")

    def program_print(*values: Any, sep: str = " ", end: str = "\n") -> None:
        printed.append(sep.join(str(v) for v in values) + end)

    async def fetch(key: str) -> Any:
        return await world.fetch(key)

    async def spawn(agent_name: str, task: str) -> Any:
        return await world.spawn(agent_name, task)

    world.error_class = ToolError
    namespace: dict[str, Any] = {
        "__builtins__": {**builtins.__dict__, "__import__": importer, "print": program_print},
        "__name__": "__main__",
        "fetch": fetch,
        "spawn": spawn,
        "ToolError": ToolError,
    }
    outcome = Outcome()
    loop = asyncio.get_running_loop()

    async def main_program() -> Any:
        try:
            result = eval(code, namespace)
            if result is not None:
                await result
            return namespace.get(RESULT_NAME)
        finally:
            # §5.1, as `asyncio.run`: leftovers are cancelled the moment the program ends, so none
            # runs again (or issues a call) first; tasks not started yet never start.
            for task in shim.tasks:
                task.cancel()

    main = loop.create_task(main_program())
    cancel_handle = None
    if cancel_at is not None:

        def cancel_everything() -> None:
            shim.cancelled_from_outside = True
            for task in [main, *shim.tasks]:
                task.cancel()

        cancel_handle = loop.call_at(cancel_at, cancel_everything)
    await asyncio.wait([main])
    if cancel_handle is not None:
        cancel_handle.cancel()
    if main.cancelled():
        outcome.cancelled = True
    elif (error := main.exception()) is not None:
        outcome.error = (type(error).__name__, str(error))
    else:
        outcome.value = normalize(main.result())
    # §3.2: tasks still pending when the program ends are cancelled and awaited.
    while leftovers := [t for t in shim.tasks if not t.done()]:
        for task in leftovers:
            task.cancel()
        await asyncio.wait(leftovers)
    outcome.stdout = "".join(printed)
    outcome.calls = world.outcomes()
    outcome.left_running = [c.key for c in world.in_flight()]
    outcome.ties = world.ties
    return outcome
