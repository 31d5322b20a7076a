"""The program's `time` module: the host's clock, never the machine's.

In a workflow `ctx.host.now()` is workflow time, so `time()` and `monotonic()` replay identically.
Both read the same clock: workflow time never runs backwards, which is all `monotonic` promises.
Local time is UTC (`localtime() == gmtime()`), as in the `datetime` shim.
`sleep` suspends the calling program task on a host timer (a durable timer in a workflow) through
the scheduler's `request_suspension`; it never blocks the thread.
"""

from __future__ import annotations

import calendar
import time as host_time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ShimModule
from ..runtime.registry import CONSTANT, Property, TypeTable
from ..runtime.scheduler import Suspension, request_suspension
from .datetime_ import STRFTIME_STEPS, check_strftime_format
from .datetime_text import c_locale_format
from .support import functions

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NANOSECOND_UNIT = timedelta(microseconds=1)
_STRUCT_FIELDS = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
]

TYPE_TABLES: dict[type, TypeTable] = {
    host_time.struct_time: {
        name: Property(lambda value, name=name: getattr(value, name), CONSTANT)  # pyright: ignore[reportUnknownLambdaType]
        for name in _STRUCT_FIELDS
    }
}


def _as_utc_struct(value: Sequence[Any]) -> host_time.struct_time:
    """A time tuple as a UTC `struct_time` (so `%Z`/`%z` never consult the host's time zone)."""
    fields = tuple(value)
    if len(fields) < 9:
        raise TypeError(f"time tuple must have 9 elements, not {len(fields)}")
    return host_time.struct_time((*fields[:9], "UTC", 0))


def make_module(ctx: RunContext) -> ShimModule:
    def time() -> float:
        return ctx.host.now().timestamp()

    def time_ns() -> int:
        return (ctx.host.now() - _EPOCH) // _NANOSECOND_UNIT * 1_000

    def gmtime(seconds: float | None = None) -> host_time.struct_time:
        return host_time.gmtime(time() if seconds is None else seconds)

    def localtime(seconds: float | None = None) -> host_time.struct_time:
        return _as_utc_struct(gmtime(seconds))  # as on a host whose zone is UTC: named "UTC", not "GMT"

    def mktime(value: Sequence[Any]) -> float:
        return float(calendar.timegm(_as_utc_struct(value)))

    def strftime(fmt: str, value: Sequence[Any] | None = None) -> str:
        check_strftime_format(fmt)
        ctx.check_str_length(len(fmt) * 13)
        ctx.charge(STRFTIME_STEPS + len(fmt) // 4)
        moment = localtime() if value is None else _as_utc_struct(value)
        host_time.strftime("", moment)  # CPython's checks of the tuple's types and ranges come first
        return host_time.strftime(c_locale_format(fmt, moment), moment)

    def sleep(seconds: float) -> Suspension:
        if not isinstance(seconds, int | float):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        return request_suspension(ctx, "time.sleep", seconds)

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
                "gmtime": gmtime,
                "localtime": localtime,
                "mktime": mktime,
                "strftime": strftime,
            }
        ),
    )
