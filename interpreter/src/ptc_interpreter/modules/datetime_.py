"""The program's `datetime` module: CPython's value types, with every clock and time zone read pinned.

Values are real `date`/`datetime`/`time`/`timedelta`/`timezone` objects (immutable plain data; their
arithmetic and reprs are CPython's). What is not CPython's is everything that would read the host:
`now()`/`today()` read `ctx.host.now()` (workflow time in a workflow), and the host's local time zone
is never consulted: "local time" is UTC, so naive `timestamp()`, `astimezone()` and
`fromtimestamp()` give the same answer on every machine, and `strptime` parses as in the C locale
in UTC (`modules/datetime_text.py`). `strftime` accepts only the directives
CPython documents (others are passed to the platform's C library and differ between machines).
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.budget import COPY_CHARS_PER_STEP
from ..runtime.registry import CONSTANT, PARSING, Method, Property, TypeTable
from . import datetime_text
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_UTC = dt.UTC

_PORTABLE_DIRECTIVES = frozenset("aAwdbBmyYHIpMSfzZjUWcxXGuV%")
_LONGEST_DIRECTIVE_EXPANSION = 26
"""`%c` in the C locale is the longest expansion of a two-character directive ('Mon Jan  1 00:00:00 2024')."""


STRFTIME_STEPS = 24
"""strftime goes through the C library and a time tuple: tens of microseconds."""
_STRPTIME_STEPS = 48
"""strptime compiles and caches a regex per format, then matches and converts: tens of microseconds."""
_ISOFORMAT_STEPS = 8


def check_strftime_format(fmt: str) -> int:
    """Reject directives whose meaning depends on the platform's C library (`%s`, `%-d`, `%k`, …);
    return how many `%Z` directives `fmt` holds (`%%Z` is a literal percent sign and a Z)."""
    if not isinstance(fmt, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        shown = "None" if fmt is None else ptc_type_name(fmt)  # CPython's argument clinic names None so
        raise TypeError(f"strftime() argument 1 must be str, not {shown}")
    zones = 0
    index = fmt.find("%")
    while index != -1:
        directive = fmt[index + 1 : index + 2]
        if directive not in _PORTABLE_DIRECTIVES:
            raise ValueError(
                f"strftime directive '%{directive}' is not supported (its meaning depends on the platform); "
                "use the directives listed in the Python datetime documentation"
            )
        if directive == "Z":
            zones += 1
        index = fmt.find("%", index + 2)
    return zones


def check_strftime_size(ctx: RunContext, value: dt.date | dt.time, fmt: str, zones: int) -> int:
    """Check the largest possible output of `value.strftime(fmt)`, whose format holds `zones` `%Z`
    directives, against the string limit before formatting; return how many characters those may
    add. Every other directive expands to a short, bounded text; `%Z` expands to the time zone's
    name, which a program chooses (`timezone(offset, name)`) and may be long."""
    name_length = 0
    if zones and isinstance(value, dt.datetime | dt.time):
        name = value.tzname()
        name_length = len(name) if name is not None else 0
    # the rest of the format: every two characters may be one directive of the longest expansion
    zone_chars = zones * name_length
    ctx.check_str_length((len(fmt) - 2 * zones) * _LONGEST_DIRECTIVE_EXPANSION // 2 + zone_chars)
    return zone_chars


MAX_STRPTIME_FORMAT = 1_000
"""CPython turns a strptime format into a regex and keeps it in a process-wide cache (100 entries):
a format is compiled at a cost linear in its length, and a long one would stay in the host's memory
after the run. Real formats are a few dozen characters."""


def check_strptime_format(ctx: RunContext, fmt: str) -> None:
    if len(fmt) > MAX_STRPTIME_FORMAT:
        raise ValueError(
            f"strptime() format of {len(fmt)} characters is too long (at most {MAX_STRPTIME_FORMAT})"
        )
    ctx.charge(len(fmt) // 4)


def strftime(ctx: RunContext, value: dt.date | dt.time, format: str) -> str:
    """`value.strftime(fmt)` (and `format(value, fmt)`, `f"{value:fmt}"`) with portable directives only.
    The parameter is CPython's: `value.strftime(format="%Y")`."""
    fmt = format
    zones = check_strftime_format(fmt)
    zone_chars = check_strftime_size(ctx, value, fmt, zones)
    ctx.charge(STRFTIME_STEPS + len(fmt) // 4 + zone_chars // COPY_CHARS_PER_STEP)
    if isinstance(value, dt.date):
        moment = tuple(value.timetuple())
    else:  # a time of day formats as on 1900-01-01, a Monday (as in CPython)
        moment = (1900, 1, 1, value.hour, value.minute, value.second, 0)
    return value.strftime(datetime_text.c_locale_format(fmt, moment))


def _as_utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=_UTC) if value.tzinfo is None else value


def _timestamp(value: dt.datetime) -> float:
    return _as_utc(value).timestamp()


def _astimezone(value: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    return _as_utc(value).astimezone(_UTC if tz is None else tz)


def _isoformat(ctx: RunContext, value: Any, *args: Any, **kwargs: Any) -> str:
    ctx.charge(_ISOFORMAT_STEPS)
    return value.isoformat(*args, **kwargs)


def _replace(value: Any, *args: Any, **kwargs: Any) -> Any:
    return value.replace(*args, **kwargs)


def _fixed(attribute: str) -> Property:
    return Property(lambda value: getattr(value, attribute), CONSTANT)


_DATE_TABLE: TypeTable = {
    "year": _fixed("year"),
    "month": _fixed("month"),
    "day": _fixed("day"),
    "replace": Method(_replace, CONSTANT),
    "isoformat": Method(_isoformat, PARSING),
    "strftime": Method(strftime, PARSING),
    "weekday": Method(dt.date.weekday, CONSTANT),
    "isoweekday": Method(dt.date.isoweekday, CONSTANT),
    "isocalendar": Method(dt.date.isocalendar, CONSTANT),
    "toordinal": Method(dt.date.toordinal, CONSTANT),
    "ctime": Method(dt.date.ctime, CONSTANT),
    "timetuple": Method(lambda value: value.timetuple(), CONSTANT),  # a `struct_time`, as `time` shows it
}

_TIME_OF_DAY: TypeTable = {
    "hour": _fixed("hour"),
    "minute": _fixed("minute"),
    "second": _fixed("second"),
    "microsecond": _fixed("microsecond"),
    "tzinfo": _fixed("tzinfo"),
    "fold": _fixed("fold"),
    "utcoffset": Method(lambda value: value.utcoffset(), CONSTANT),
    "tzname": Method(lambda value: value.tzname(), CONSTANT),
    "dst": Method(lambda value: value.dst(), CONSTANT),
}

TYPE_TABLES: dict[type, TypeTable] = {
    dt.date: _DATE_TABLE,
    dt.datetime: {
        **_DATE_TABLE,
        **_TIME_OF_DAY,
        "date": Method(dt.datetime.date, CONSTANT),
        "time": Method(dt.datetime.time, CONSTANT),
        "timetz": Method(dt.datetime.timetz, CONSTANT),
        "astimezone": Method(_astimezone, CONSTANT),
        "timestamp": Method(_timestamp, CONSTANT),
        "utctimetuple": Method(dt.datetime.utctimetuple, CONSTANT),
    },
    dt.time: {
        **_TIME_OF_DAY,
        "replace": Method(_replace, CONSTANT),
        "isoformat": Method(_isoformat, PARSING),
        "strftime": Method(strftime, PARSING),
    },
    dt.timedelta: {
        "days": _fixed("days"),
        "seconds": _fixed("seconds"),
        "microseconds": _fixed("microseconds"),
        "total_seconds": Method(dt.timedelta.total_seconds, CONSTANT),
    },
    dt.timezone: {
        "utcoffset": Method(dt.timezone.utcoffset, CONSTANT),
        "tzname": Method(dt.timezone.tzname, CONSTANT),
        "dst": Method(dt.timezone.dst, CONSTANT),
    },
    type(dt.date(2000, 1, 1).isocalendar()): {
        "year": _fixed("year"),
        "week": _fixed("week"),
        "weekday": _fixed("weekday"),
    },
}


def make_module(ctx: RunContext) -> ShimModule:
    def now_utc() -> dt.datetime:
        return ctx.host.now().astimezone(_UTC)

    def now(tz: dt.tzinfo | None = None) -> dt.datetime:
        current = now_utc()
        return current.replace(tzinfo=None) if tz is None else current.astimezone(tz)

    def utcnow() -> dt.datetime:
        return now_utc().replace(tzinfo=None)

    def today() -> dt.date:
        return now_utc().date()

    def fromtimestamp(timestamp: float, tz: dt.tzinfo | None = None) -> dt.datetime:
        value = dt.datetime.fromtimestamp(timestamp, _UTC)
        return value.replace(tzinfo=None) if tz is None else value.astimezone(tz)

    def date_fromtimestamp(timestamp: float) -> dt.date:
        return dt.datetime.fromtimestamp(timestamp, _UTC).date()

    def utcfromtimestamp(timestamp: float) -> dt.datetime:
        return dt.datetime.fromtimestamp(timestamp, _UTC).replace(tzinfo=None)

    def checked_parse(function: Any, steps: int, callee: str) -> Any:
        def parse(*args: Any, **keywords: Any) -> Any:
            # CPython's parsers take their arguments by position only (its messages for the count)
            if keywords:
                raise TypeError(f"{callee}() takes no keyword arguments")
            if callee == "strptime" and len(args) != 2:
                raise TypeError(f"strptime() takes exactly 2 arguments ({len(args)} given)")
            if args and isinstance(args[0], str):
                ctx.charge(len(args[0]) // 16 + steps)
            if callee == "strptime" and isinstance(args[1], str):
                check_strptime_format(ctx, args[1])
            return function(*args)

        return parse

    def constants(python_type: type) -> dict[str, Any]:
        return {name: getattr(python_type, name) for name in ("min", "max", "resolution")}

    date = NativeClass(
        "datetime.date",
        dt.date,
        dt.date,
        {
            **constants(dt.date),
            "today": native("today", today),
            "fromisoformat": native(
                "fromisoformat", checked_parse(dt.date.fromisoformat, _ISOFORMAT_STEPS, "date.fromisoformat")
            ),
            "fromordinal": native("fromordinal", dt.date.fromordinal),
            "fromtimestamp": native("fromtimestamp", date_fromtimestamp),
            "fromisocalendar": native("fromisocalendar", dt.date.fromisocalendar),
        },
    )
    datetime = NativeClass(
        "datetime.datetime",
        dt.datetime,
        dt.datetime,
        {
            **constants(dt.datetime),
            "now": native("now", now),
            "utcnow": native("utcnow", utcnow),
            "today": native("today", lambda: now()),
            "fromisoformat": native(
                "fromisoformat",
                checked_parse(dt.datetime.fromisoformat, _ISOFORMAT_STEPS, "datetime.fromisoformat"),
            ),
            "strptime": native(
                "strptime", checked_parse(datetime_text.strptime, _STRPTIME_STEPS, "strptime")
            ),
            "fromtimestamp": native("fromtimestamp", fromtimestamp),
            "utcfromtimestamp": native("utcfromtimestamp", utcfromtimestamp),
            "fromordinal": native("fromordinal", dt.datetime.fromordinal),
            "fromisocalendar": native("fromisocalendar", dt.datetime.fromisocalendar),
            "combine": native("combine", dt.datetime.combine),
        },
    )
    time = NativeClass(
        "datetime.time",
        dt.time,
        dt.time,
        {
            **constants(dt.time),
            "fromisoformat": native(
                "fromisoformat", checked_parse(dt.time.fromisoformat, _ISOFORMAT_STEPS, "time.fromisoformat")
            ),
        },
    )
    timedelta = NativeClass("datetime.timedelta", dt.timedelta, dt.timedelta, constants(dt.timedelta))
    timezone = NativeClass(
        "datetime.timezone",
        dt.timezone,
        dt.timezone,
        {"utc": dt.UTC, "min": dt.timezone.min, "max": dt.timezone.max},
    )
    return ShimModule(
        "datetime",
        {
            "date": date,
            "datetime": datetime,
            "time": time,
            "timedelta": timedelta,
            "timezone": timezone,
            "UTC": _UTC,
            "MINYEAR": dt.MINYEAR,
            "MAXYEAR": dt.MAXYEAR,
        },
    )
