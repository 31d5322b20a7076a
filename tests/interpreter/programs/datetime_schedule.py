# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from datetime import datetime, date, timedelta, time
orders = await list_orders(user_id=4)
stamps = [datetime.fromisoformat(o["created"]) for o in orders]
for s in sorted(stamps):
    print(s.isoformat(), s.strftime("%a %d %b %Y %H:%M"), s.weekday(), s.isoweekday(), s.date(), s.time())
span = max(stamps) - min(stamps)
print(span, span.days, span.seconds, span.total_seconds(), repr(span))
start = date(2024, 1, 31)
print(start + timedelta(days=1), start - date(2023, 12, 25), (start - date(2023, 12, 25)).days)
print(date(2024, 2, 28).replace(day=29))
print(timedelta(days=1, hours=25, minutes=-30), timedelta(seconds=-1), timedelta(weeks=2) / 7, timedelta(minutes=90) // timedelta(minutes=40))
print(timedelta(hours=1) % timedelta(minutes=25), abs(timedelta(days=-2)), timedelta(microseconds=1500), -timedelta(hours=3))
d = datetime(2024, 12, 31, 23, 59, 59)
print(d + timedelta(seconds=1), d.strftime("%Y%m%dT%H%M%S"), d.year, d.month, d.day, d.hour, d.minute, d.second)
print(datetime.strptime("2024-07-04 08:30", "%Y-%m-%d %H:%M"), date.fromisoformat("2024-03-01").toordinal(), date.fromordinal(738000))
print(time(9, 5), time(14, 30, 15).strftime("%I:%M:%S %p"), time(0, 0).isoformat(), datetime.combine(date(2024, 5, 6), time(7)))
weeks = {}
for s in stamps:
    weeks.setdefault(s.isocalendar()[1], []).append(s.day)
print(weeks, date(2024, 1, 1).isocalendar(), date(2024, 6, 15).timetuple().tm_yday, date(2024, 6, 15).strftime("%j"))
[d < datetime(2025, 1, 1), date(2024, 1, 1) == date(2024, 1, 1), max(date(2024, 1, 2), date(2023, 5, 5)), str(date.min), str(timedelta(0))]
