"""The program's `time` module: the host's clock, never the machine's.

In a workflow `ctx.host.now()` is workflow time, so `time()` and `monotonic()` replay identically.
Both read the same clock: workflow time never runs backwards, which is all `monotonic` promises.
`sleep` suspends the calling program task on a host timer (a durable timer in a workflow) through
the scheduler's `request_sleep`; it never blocks the thread.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from ..runtime.allowlist import ShimModule
from ..runtime.scheduler import Suspension, request_sleep
from .support import functions

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NANOSECOND_UNIT = timedelta(microseconds=1)


def make_module(ctx: RunContext) -> ShimModule:
    def time() -> float:
        return ctx.host.now().timestamp()

    def time_ns() -> int:
        return (ctx.host.now() - _EPOCH) // _NANOSECOND_UNIT * 1_000

    def sleep(seconds: float) -> Suspension:
        if not isinstance(seconds, int | float):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        return request_sleep(seconds)

    return ShimModule(
        "time",
        functions(
            {
                "time": time,
                "time_ns": time_ns,
                "monotonic": time,
                "monotonic_ns": time_ns,
                "perf_counter": time,
                "perf_counter_ns": time_ns,
                "sleep": sleep,
            }
        ),
    )
