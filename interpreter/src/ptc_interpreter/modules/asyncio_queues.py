"""The program's `asyncio.Queue`, `LifoQueue` and `PriorityQueue`, on the interpreter's scheduler.

Models reach for a queue to run a fixed pool of workers over a list of jobs. The queues follow
CPython 3.11's `asyncio.queues` step for step (which waiter is woken, when, and what a cancelled
`get`/`put` hands on), so a worker pool prints and calls tools in the same order as under CPython;
the wake-ups go through `Pending`s, so they obey the scheduler's ordering (docs/semantics.md §2.4).
Each queue's length is checked against `max_container_length` on every put.
"""

from __future__ import annotations

import asyncio
import heapq
from collections import deque
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import PtcObject
from ..runtime.registry import CONSTANT, Method, Property
from ..runtime.scheduler import Pending, Scheduler
from .asyncio_waiters import wait_turn, wake_next
from .support import NativeClass

if TYPE_CHECKING:
    pass

Gen = Generator[Any, Any, Any]


class _Queue(PtcObject):
    """`asyncio.Queue(maxsize=0)`: FIFO; `maxsize <= 0` means unbounded."""

    __slots__ = ("finished", "getters", "items", "maxsize", "putters", "sched", "unfinished_tasks")
    ptc_name = "Queue"

    def __init__(self, sched: Scheduler, maxsize: int = 0) -> None:
        if not isinstance(maxsize, int):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"'{type(maxsize).__name__}' object cannot be interpreted as an integer")
        self.sched = sched
        self.maxsize = maxsize
        self.items: Any = self._new_items()
        self.getters: deque[Pending] = deque()
        self.putters: deque[Pending] = deque()
        self.unfinished_tasks = 0
        self.finished = Pending(sched)
        self.finished.finish(None, None)

    # The three disciplines differ only here, as in CPython's `_init`/`_put`/`_get`.
    def _new_items(self) -> Any:
        return deque[Any]()

    def _put(self, item: Any) -> None:
        self.items.append(item)

    def _get(self) -> Any:
        return self.items.popleft()

    def qsize(self) -> int:
        return len(self.items)

    def empty(self) -> bool:
        return not self.items

    def full(self) -> bool:
        return 0 < self.maxsize <= len(self.items)

    def put_nowait(self, item: Any) -> None:
        if self.full():
            raise asyncio.QueueFull()
        self.sched.ctx.check_container_length(len(self.items) + 1)
        self._put(item)
        self.unfinished_tasks += 1
        if self.finished.done:
            self.finished = Pending(self.sched)
        wake_next(self.getters)

    def get_nowait(self) -> Any:
        if self.empty():
            raise asyncio.QueueEmpty()
        item = self._get()
        wake_next(self.putters)
        return item

    def put_gen(self, item: Any) -> Gen:
        while self.full():
            yield from wait_turn(self.sched, self.putters, self._hand_on_slot)
        self.put_nowait(item)

    def get_gen(self) -> Gen:
        while self.empty():
            yield from wait_turn(self.sched, self.getters, self._hand_on_item)
        return self.get_nowait()

    def _hand_on_slot(self) -> None:
        if not self.full():
            wake_next(self.putters)

    def _hand_on_item(self) -> None:
        if not self.empty():
            wake_next(self.getters)

    def task_done(self) -> None:
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self.finished.finish(None, None)

    def join_gen(self) -> Gen:
        finished = self.finished  # done exactly when no task is unfinished
        while not finished.done:
            yield finished

    def __repr__(self) -> str:
        return f"<{self.ptc_name} maxsize={self.maxsize} qsize={len(self.items)}>"


class _LifoQueue(_Queue):
    """`asyncio.LifoQueue`: the most recently put item first."""

    __slots__ = ()
    ptc_name = "LifoQueue"

    def _new_items(self) -> Any:
        return []

    def _get(self) -> Any:
        return self.items.pop()


class _PriorityQueue(_Queue):
    """`asyncio.PriorityQueue`: the smallest item first (program comparisons decide, as in `heapq`)."""

    __slots__ = ()
    ptc_name = "PriorityQueue"

    def _new_items(self) -> Any:
        return []

    def _put(self, item: Any) -> None:
        heapq.heappush(self.items, item)

    def _get(self) -> Any:
        return heapq.heappop(self.items)


_QUEUE_METHODS: dict[str, Any] = {
    "qsize": _Queue.qsize,
    "empty": _Queue.empty,
    "full": _Queue.full,
    "put_nowait": _Queue.put_nowait,
    "get_nowait": _Queue.get_nowait,
    "task_done": _Queue.task_done,
}
"""The queue's plain methods; the awaitable ones are below."""

_QUEUE_COROUTINES: dict[str, Any] = {"put": _Queue.put_gen, "get": _Queue.get_gen, "join": _Queue.join_gen}


class _QueueOp(PtcObject):
    """`queue.get()`, `queue.put(item)` or `queue.join()` before it is awaited; its arguments are
    checked when it is created, as a coroutine's are."""

    __slots__ = ("args", "name", "queue", "run")
    ptc_name = "coroutine"

    def __init__(self, queue: _Queue, name: str, run: Callable[..., Gen], args: tuple[Any, ...]) -> None:
        expected = 1 if name == "put" else 0
        if len(args) != expected:
            raise TypeError(
                f"{name}() takes {expected} positional argument{'s' if expected != 1 else ''} but {len(args)} were given"
            )
        self.queue = queue
        self.name = name
        self.run: Callable[..., Gen] = run
        self.args = args

    def ptc_await(self) -> Gen:
        return (yield from self.run(self.queue, *self.args))

    def __repr__(self) -> str:
        return f"<coroutine {self.name}>"


def _queue_op(name: str, run: Callable[..., Gen]) -> Callable[..., _QueueOp]:
    def start(queue: _Queue, *args: Any) -> _QueueOp:
        return _QueueOp(queue, name, run, args)

    return start


def _maxsize(queue: _Queue) -> int:
    return queue.maxsize


_Queue.ptc_table = {
    "maxsize": Property(_maxsize, CONSTANT),
    **{name: Method(method, CONSTANT) for name, method in _QUEUE_METHODS.items()},
    **{name: Method(_queue_op(name, run), CONSTANT) for name, run in _QUEUE_COROUTINES.items()},
}


def queue_classes(sched: Scheduler) -> dict[str, Any]:
    """The `asyncio` members this module provides."""

    def queue(maxsize: int = 0) -> _Queue:
        return _Queue(sched, maxsize)

    def lifo_queue(maxsize: int = 0) -> _LifoQueue:
        return _LifoQueue(sched, maxsize)

    def priority_queue(maxsize: int = 0) -> _PriorityQueue:
        return _PriorityQueue(sched, maxsize)

    return {
        "Queue": NativeClass("asyncio.Queue", _Queue, queue),
        "LifoQueue": NativeClass("asyncio.LifoQueue", _LifoQueue, lifo_queue),
        "PriorityQueue": NativeClass("asyncio.PriorityQueue", _PriorityQueue, priority_queue),
        "QueueEmpty": asyncio.QueueEmpty,
        "QueueFull": asyncio.QueueFull,
    }
