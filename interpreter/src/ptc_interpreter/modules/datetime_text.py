"""Dates as text in the C locale and the UTC time zone, whatever the host's locale and zone.

CPython's `strftime` spells `%a`, `%b`, `%p`, `%c`, `%x` and `%X` in the process's locale (which a
host application may have set with `locale.setlocale`); `c_locale_format` spells them here first, in
the C locale, and leaves only locale-free directives to the C library.

CPython's strptime reads the process's locale (month and weekday names, AM/PM, what `%c`, `%x` and
`%X` mean) and its time zone: `%Z` accepts "UTC", "GMT" and the host zone's own names, so
`strptime("JST", "%Z")` succeeds only on a worker in Tokyo, and a replay elsewhere would take
another path. Here the text is matched against patterns built from fixed C-locale names and the UTC
zone; the named fields are then rewritten as numbers (`%b` "Mar" → `%m` 3, `%I` with `%p` → `%H`,
`%a`/`%A`/`%w` → `%u`) and CPython converts those (its numeric directives read neither locale nor
zone), so range checks, ISO-week and day-of-year arithmetic and their messages stay CPython's.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any

from ..runtime.allowlist import ptc_type_name

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_AM_PM = ("am", "pm")
_UTC_NAMES = ("utc", "gmt")  # what `%Z` matches on a host whose zone is UTC


def _alternatives(directive: str, names: tuple[str, ...]) -> str:
    longest_first = sorted(names, key=len, reverse=True)  # so "june" is not matched as "jun"
    return f"(?P<{directive}>{'|'.join(re.escape(name) for name in longest_first)})"


# CPython's own patterns (Lib/_strptime.py), with the C locale's names and the UTC zone.
_DIRECTIVES: dict[str, str] = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": _alternatives("A", _WEEKDAYS),
    "a": _alternatives("a", tuple(name[:3] for name in _WEEKDAYS)),
    "B": _alternatives("B", _MONTHS),
    "b": _alternatives("b", tuple(name[:3] for name in _MONTHS)),
    "p": _alternatives("p", _AM_PM),
    "Z": _alternatives("Z", _UTC_NAMES),
    "%": "%",
}
_REGEX_CHARS = re.compile(r"([\\.^$*+?\(\){}\[\]|])")
_WHITESPACE = re.compile(r"\s+")


def _pattern(fmt: str) -> str:
    """CPython's `TimeRE.pattern`: literal text escaped, whitespace matching any whitespace."""
    fmt = _WHITESPACE.sub(r"\\s+", _REGEX_CHARS.sub(r"\\\1", fmt))
    parts: list[str] = []
    while "%" in fmt:
        index = fmt.index("%") + 1
        parts.append(fmt[: index - 1])
        parts.append(_DIRECTIVES[fmt[index]])  # KeyError: a bad directive; IndexError: a stray %
        fmt = fmt[index + 1 :]
    parts.append(fmt)
    return "".join(parts)


# The C locale's `%c`, `%x` and `%X`, as CPython's LocaleTime finds them there.
_DIRECTIVES["c"] = _pattern("%a %b %d %H:%M:%S %Y")
_DIRECTIVES["x"] = _pattern("%m/%d/%y")
_DIRECTIVES["X"] = _pattern("%H:%M:%S")


def c_locale_format(fmt: str, moment: time.struct_time | tuple[int, ...]) -> str:
    """`fmt` with its locale-dependent directives spelled out for `moment` (a time tuple that CPython's
    `time.strftime` accepts) as the C locale spells them (`%%` kept, so the C library still sees every
    other directive as written)."""
    if "%" not in fmt:
        return fmt
    parts: list[str] = []
    start = 0
    index = fmt.find("%")
    while index != -1:
        directive = fmt[index + 1 : index + 2]
        spelled = _spell(directive, moment)
        if spelled is not None:
            parts.append(fmt[start:index])
            parts.append(spelled)
            start = index + 2
        index = fmt.find("%", index + 2)
    parts.append(fmt[start:])
    return "".join(parts)


def _spell(directive: str, moment: time.struct_time | tuple[int, ...]) -> str | None:
    year, month, day, hour, minute, second, weekday = moment[:7]
    month, day = month or 1, day or 1  # as CPython reads a time tuple it checked (ranges, types)
    weekday_name, month_name = _WEEKDAYS[weekday % 7].title(), _MONTHS[month - 1].title()
    if directive == "a":
        return weekday_name[:3]
    if directive == "A":
        return weekday_name
    if directive == "b":
        return month_name[:3]
    if directive == "B":
        return month_name
    if directive == "p":
        return "PM" if hour >= 12 else "AM"
    if directive == "c":
        return f"{weekday_name[:3]} {month_name[:3]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} {year}"
    if directive == "x":
        return f"{month:02d}/{day:02d}/{year % 100:02d}"
    if directive == "X":
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    return None


def strptime(text: str, fmt: str) -> dt.datetime:
    for index, argument in enumerate((text, fmt)):
        if not isinstance(argument, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"strptime() argument {index} must be str, not {ptc_type_name(argument)}")
    try:
        regex = re.compile(_pattern(fmt), re.IGNORECASE)
    except KeyError as error:
        bad = "%" if error.args[0] == "\\" else error.args[0]
        raise ValueError(f"'{bad}' is a bad directive in format '{fmt}'") from None
    except IndexError:
        raise ValueError(f"stray % in format '{fmt}'") from None
    except re.error:
        raise ValueError(f"format '{fmt}' uses a directive more than once") from None
    found = regex.match(text)
    if found is None:
        raise ValueError(f"time data {text!r} does not match format {fmt!r}")
    if found.end() != len(text):
        raise ValueError(f"unconverted data remains: {text[found.end() :]}")
    fields = found.groupdict()
    numbers, zone_name = _as_numbers(fields)
    value = dt.datetime.strptime(" ".join(numbers.values()), " ".join(f"%{key}" for key in numbers))
    offset = value.utcoffset()
    if zone_name and offset is not None:  # CPython names an offset's zone after the `%Z` text
        value = value.replace(tzinfo=dt.timezone(offset, zone_name))
    return value


def _as_numbers(fields: dict[str, Any]) -> tuple[dict[str, str], str | None]:
    """The matched fields as numeric directives (later ones win, as in CPython) and the `%Z` text."""
    numbers: dict[str, str] = {}
    zone_name: str | None = None
    for directive, matched in fields.items():
        if directive in ("b", "B"):
            numbers["m"] = str(_month(matched))
        elif directive in ("a", "A"):
            numbers["u"] = str(_weekday(matched) + 1)
        elif directive == "w":
            numbers["u"] = "7" if matched == "0" else matched
        elif directive == "I":
            numbers["H"] = str(_hour(int(matched), (fields.get("p") or "").lower()))
        elif directive == "Z":
            zone_name = matched
        elif directive != "p":
            numbers[directive] = matched.strip()
    return numbers, zone_name


def _month(name: str) -> int:
    name = name.lower()
    return next(number for number, month in enumerate(_MONTHS, 1) if name in (month, month[:3]))


def _weekday(name: str) -> int:
    name = name.lower()
    return next(number for number, day in enumerate(_WEEKDAYS) if name in (day, day[:3]))


def _hour(hour: int, am_pm: str) -> int:
    if am_pm == "pm":
        return hour if hour == 12 else hour + 12
    return 0 if hour == 12 else hour
