"""Waiting in line on the interpreter's scheduler: what `asyncio.Semaphore` (and `Lock`) and the
queues' `get`/`put` block on, as CPython's `_waiters` deques of futures.

A place in a line is a `Pending` ticket that only `wake_next` finishes (nothing can cancel it), so
every ticket still in a line is pending. A task woken and then cancelled before it ran must hand its
turn on, or the item or slot it was woken for would be left with nobody woken for it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator
from typing import Any

from ..runtime.scheduler import Pending, Scheduler

Gen = Generator[Any, Any, Any]


def wait_turn(sched: Scheduler, line: deque[Pending], hand_on: Callable[[], None]) -> Gen:
    """Join the end of `line` and wait until `wake_next` reaches this place. Interrupted before
    that, the waiter just leaves the line; after it, `hand_on()` passes the turn on."""
    ticket = Pending(sched)
    line.append(ticket)
    try:
        while not ticket.done:
            yield ticket
    except BaseException:
        if ticket.done:
            hand_on()
        else:
            line.remove(ticket)
        raise


def wake_next(line: deque[Pending]) -> bool:
    """Wake the first waiter in `line`; False when nobody is waiting."""
    if not line:
        return False
    line.popleft().finish(None, None)
    return True
