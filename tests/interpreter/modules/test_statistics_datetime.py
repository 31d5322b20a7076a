"""The `statistics` and `datetime` shims: CPython's results; clocks and time zones read only the host."""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_shims import FIXED_NOW, Shims

DATA = [2.5, 3.1, 4.7, 1.2, 3.1, 5.9, 2.2]


@pytest.mark.parametrize(
    "name",
    [
        "mean",
        "fmean",
        "geometric_mean",
        "harmonic_mean",
        "median",
        "median_low",
        "median_high",
        "median_grouped",
        "mode",
        "multimode",
        "pstdev",
        "pvariance",
        "stdev",
        "variance",
    ],
)
def test_statistics_equal_cpython(shims: Shims, name: str) -> None:
    assert getattr(shims.statistics, name)(DATA) == getattr(statistics, name)(DATA)
    assert getattr(shims.statistics, name)(iter(DATA)) == getattr(statistics, name)(DATA)


def test_statistics_extras_and_errors(shims: Shims) -> None:
    assert shims.statistics.quantiles(DATA, n=4) == statistics.quantiles(DATA, n=4)
    assert shims.statistics.correlation([1, 2, 3], [2, 4, 7]) == statistics.correlation([1, 2, 3], [2, 4, 7])
    regression = shims.statistics.linear_regression([1, 2, 3], [2, 4, 6])
    assert (shims.attr(regression, "slope"), shims.attr(regression, "intercept")) == (2.0, 0.0)
    assert shims.statistics.fmean([1, 2], [3, 1]) == statistics.fmean([1, 2], [3, 1])
    with pytest.raises(shims.statistics.StatisticsError):
        shims.statistics.mean([])
    assert issubclass(shims.statistics.StatisticsError, ValueError)


def test_statistics_charge_per_element(make_shims: Any) -> None:
    shims = make_shims(max_steps=1_000)
    with pytest.raises(PtcLimitError, match="step budget"):
        shims.statistics.stdev(list(range(10_000)))


def test_now_and_today_read_the_host_clock(shims: Shims) -> None:
    datetime = shims.datetime.datetime
    members = datetime.members
    assert members["now"]() == FIXED_NOW.replace(tzinfo=None)
    assert members["now"](dt.UTC) == FIXED_NOW
    assert members["utcnow"]() == FIXED_NOW.replace(tzinfo=None)
    assert members["today"]() == FIXED_NOW.replace(tzinfo=None)
    assert shims.datetime.date.members["today"]() == FIXED_NOW.date()
    tokyo = dt.timezone(dt.timedelta(hours=9))
    assert members["now"](tokyo).hour == (FIXED_NOW.hour + 9) % 24


def test_classes_construct_and_isinstance(shims: Shims) -> None:
    d = shims.datetime
    assert repr(d.datetime) == "<class 'datetime.datetime'>"
    moment = d.datetime(2024, 1, 31, 12, 0)
    assert repr(moment) == "datetime.datetime(2024, 1, 31, 12, 0)"
    assert isinstance(moment, d.datetime) and isinstance(moment, d.date)
    assert not isinstance(d.date(2024, 1, 1), d.datetime)
    later = moment + d.timedelta(days=1, hours=3)
    assert later == dt.datetime(2024, 2, 1, 15, 0)
    assert (later - moment).total_seconds() == 97_200
    assert d.timezone.members["utc"] is dt.UTC
    assert d.timezone(d.timedelta(hours=2)).utcoffset(None) == dt.timedelta(hours=2)


def test_parsing_and_formatting_equal_cpython(shims: Shims) -> None:
    members = shims.datetime.datetime.members
    parsed = members["fromisoformat"]("2024-05-01T10:20:30+02:00")
    assert parsed == dt.datetime.fromisoformat("2024-05-01T10:20:30+02:00")
    assert members["strptime"]("01/05/2024 10:20", "%d/%m/%Y %H:%M") == dt.datetime(2024, 5, 1, 10, 20)
    assert shims.attr(parsed, "isoformat")() == parsed.isoformat()
    assert shims.attr(parsed, "isoformat")(" ", "minutes") == parsed.isoformat(" ", "minutes")
    assert shims.attr(parsed, "strftime")("%A %d %B %Y %H:%M %z") == parsed.strftime("%A %d %B %Y %H:%M %z")
    assert shims.attr(parsed, "weekday")() == parsed.weekday()
    calendar = shims.attr(parsed, "isocalendar")()
    assert shims.attr(calendar, "week") == parsed.isocalendar().week
    assert shims.attr(shims.datetime.date(2024, 2, 29), "replace")(year=2028) == dt.date(2028, 2, 29)
    assert shims.attr(dt.timedelta(days=2, seconds=5), "days") == 2


@pytest.mark.parametrize("fmt", ["%s", "%-d", "%k", "%Ec", "%P"])
def test_platform_dependent_strftime_directives_are_refused(shims: Shims, fmt: str) -> None:
    with pytest.raises(ValueError, match="not supported"):
        shims.attr(dt.datetime(2024, 1, 1), "strftime")(fmt)


def test_local_time_is_utc_on_every_machine(shims: Shims) -> None:
    naive = dt.datetime(2024, 1, 1, 0, 0)
    assert shims.attr(naive, "timestamp")() == 1_704_067_200.0
    assert shims.attr(naive, "astimezone")() == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    members = shims.datetime.datetime.members
    assert members["fromtimestamp"](1_704_067_200) == naive
    assert members["fromtimestamp"](1_704_067_200, dt.UTC) == naive.replace(tzinfo=dt.UTC)
    assert shims.datetime.date.members["fromtimestamp"](1_704_067_200) == naive.date()
