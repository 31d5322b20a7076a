"""`strftime` and `strptime` behave as CPython's in the C locale, checked against CPython itself.

The test process never calls `locale.setlocale`, so CPython's own functions here run in the C
locale, which is what the interpreter's must match on every host. `%Z` parsing is left out of the
generated cases (CPython's accepts the test host's zone names; the interpreter's only UTC's, see
tests/interpreter/boundary/test_deterministic_across_processes.py).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import time
from collections.abc import Callable

import pytest
from ptc_interpreter.modules.datetime_text import c_locale_format, strptime

DIRECTIVES = list("aAwdbBmyYHIpMSfzjUWcxXGuV%")


def outcome(parse: Callable[[str, str], dt.datetime], text: str, fmt: str) -> str:
    try:
        return repr(parse(text, fmt))
    except re.error:
        return "a directive used twice"
    except ValueError as error:
        return "a directive used twice" if "more than once" in str(error) else f"ValueError: {error}"


def generated_cases(count: int) -> list[tuple[str, str]]:
    """Texts CPython formats from random moments and formats, some re-cased or with a character cut."""
    rng = random.Random(2024)
    cases: list[tuple[str, str]] = []
    while len(cases) < count:
        fmt = rng.choice(["", " ", "-", ":"]).join(
            "%" + rng.choice(DIRECTIVES) for _ in range(rng.randint(1, 5))
        )
        offset = dt.timedelta(hours=rng.randint(-12, 12), minutes=rng.choice([0, 30]))
        zone = rng.choice([None, dt.UTC, dt.timezone(offset)])
        moment = dt.datetime(
            rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
            rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999_999), tzinfo=zone,
        )  # fmt: skip
        text = moment.strftime(fmt)
        if rng.random() < 0.3:
            text = text.lower() if rng.random() < 0.5 else text.upper()
        if rng.random() < 0.1 and text:
            cut = rng.randrange(len(text))
            text = text[:cut] + text[cut + 1 :]
        cases.append((text, fmt))
    return cases


def test_strptime_parses_as_cpython_in_the_c_locale() -> None:
    differing = [
        (text, fmt)
        for text, fmt in generated_cases(1000)
        if outcome(strptime, text, fmt) != outcome(dt.datetime.strptime, text, fmt)
    ]
    assert differing == []


@pytest.mark.parametrize("text", ["UTC", "gmt", "10:00 +0900 UTC"])
def test_strptime_knows_the_utc_zone_names(text: str) -> None:
    fmt = "%H:%M %z %Z" if " " in text else "%Z"
    parsed = strptime(text, fmt)
    assert parsed.tzname() in (None, "UTC")


@pytest.mark.parametrize("fmt", ["%a|%A|%b|%B|%p|%c|%x|%X|%%c|%%%a", "%c%c", "no directives", ""])
def test_strftime_spells_names_as_the_c_locale(fmt: str) -> None:
    rng = random.Random(7)
    for _ in range(200):
        moment = time.gmtime(rng.randint(-(10**10), 10**11))
        assert time.strftime(c_locale_format(fmt, moment), moment) == time.strftime(fmt, moment)
