"""A virtual-time asyncio event loop: sleeping costs nothing and every run is reproducible.

Why: thousands of generated programs per minute must each see tool delays, timeouts and sleeps of
seconds. The loop's clock only moves when nothing is ready, jumping straight to the next timer, so
a program that "waits" 30 virtual seconds runs in microseconds. Loop time is counted in whole units
(integers held exactly in floats), so "the same instant" is exact equality, never rounding. Timers due at the same instant fire
in the order they were scheduled (asyncio's heap alone does not promise that), so the schedule is a
function of the program only. Both the interpreter and the CPython reference run on it.
"""

from __future__ import annotations

import asyncio
import heapq
import selectors
from asyncio import events
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class VirtualDeadlock(RuntimeError):
    """Nothing is ready and no timer is pending: the run can never make progress."""


class _OrderedTimer(events.TimerHandle):
    __slots__ = ("order",)

    def __init__(
        self,
        when: float,
        callback: Callable[..., Any],
        args: tuple[Any, ...],
        loop: Any,
        order: int,
        context: Any = None,
    ) -> None:
        super().__init__(when, callback, args, loop, context=context)
        self.order = order

    def __lt__(self, other: object) -> bool:
        if isinstance(other, _OrderedTimer):
            return (self._when, self.order) < (other._when, other.order)
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, _OrderedTimer):
            return (self._when, self.order) <= (other._when, other.order)
        return NotImplemented


class _ClockSelector(selectors.SelectSelector):
    """Instead of blocking for `timeout`, advance the virtual clock by it."""

    def __init__(self) -> None:
        super().__init__()
        self.loop: VirtualTimeLoop | None = None

    def select(self, timeout: float | None = None) -> list[Any]:
        assert self.loop is not None
        if timeout is None:
            raise VirtualDeadlock("the virtual loop has nothing ready and no timer pending")
        if timeout > 0:
            # asyncio caps one wait at a day; jump straight to the next timer instead.
            scheduled = self.loop._scheduled  # type: ignore[attr-defined]
            self.loop.now = max(self.loop.now, scheduled[0].when()) if scheduled else self.loop.now + timeout
        return []


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        selector = _ClockSelector()
        super().__init__(selector)
        selector.loop = self
        self.now = 0.0
        self._timer_order = 0
        # Timers are due at whole numbers of loop units (see `simhost.UNIT`): half a unit of
        # resolution fires exactly the ones due now.
        self._clock_resolution = 0.5

    def time(self) -> float:
        return self.now

    def call_at(self, when: float, callback: Callable[..., Any], *args: Any, context: Any = None) -> Any:
        self._check_closed()  # pyright: ignore[reportAttributeAccessIssue]
        self._timer_order += 1
        timer = _OrderedTimer(when, callback, args, self, self._timer_order, context)
        heapq.heappush(self._scheduled, timer)  # type: ignore[attr-defined]
        timer._scheduled = True  # type: ignore[attr-defined]
        return timer


def run_virtual(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run `main()` to completion on a fresh virtual-time loop."""
    loop = VirtualTimeLoop()
    try:
        asyncio.set_event_loop(loop)
        # Generated programs leave failed futures nobody awaits on purpose; that is not news.
        loop.set_exception_handler(lambda loop, context: None)
        return loop.run_until_complete(main())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
