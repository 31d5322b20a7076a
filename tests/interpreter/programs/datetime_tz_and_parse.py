# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from datetime import datetime, timedelta, timezone, date
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
t = datetime(2024, 3, 10, 8, 30, tzinfo=utc)
print(t, t.astimezone(plus2), t.isoformat(), t.astimezone(plus2).isoformat(), t.utcoffset(), plus2, repr(utc), str(utc))
print(datetime.fromisoformat("2024-03-10T08:30:00+02:00"), datetime.fromisoformat("2024-03-10T08:30:00+02:00") == datetime(2024, 3, 10, 6, 30, tzinfo=utc))
print(t.timestamp(), datetime.fromtimestamp(1700000000, tz=utc), t.replace(tzinfo=None), t.tzname(), t.strftime("%Y-%m-%dT%H:%M:%S%z %Z"))
d = date(2024, 2, 29)
print(d.strftime("%A %B %d, %Y"), d.isoformat(), d + timedelta(days=365), d.replace(year=2028), (date(2025, 1, 1) - d).days, d.ctime())
def month_add(d, months):
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    days = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d.replace(year=y, month=m, day=min(d.day, days))
print([str(month_add(date(2024, 1, 31), k)) for k in range(0, 14, 3)])
stamps = ["2024-01-05 10:00", "2024-01-05 09:15", "2024-01-04 23:59"]
parsed = sorted(datetime.strptime(s, "%Y-%m-%d %H:%M") for s in stamps)
gaps = [(b - a).total_seconds() / 60 for a, b in zip(parsed, parsed[1:])]
print(parsed[0], gaps, max(parsed) - min(parsed), str(timedelta(seconds=3725)), str(timedelta(days=2, seconds=59.5)))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
[date(2024, 12, 30).isocalendar()[:], date(2024, 1, 1).weekday(), date.fromisocalendar(2024, 1, 1).isoformat(), timedelta(days=1) > timedelta(hours=23)]
