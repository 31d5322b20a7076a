# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from datetime import datetime, date, timedelta

orders = [await get_order(i) for i in (80, 81, 82, 83, 84, 85, 86)]
stamps = [datetime.fromisoformat(o["created"]) for o in orders]
stamps.sort()
gaps = [(b - a) for a, b in zip(stamps, stamps[1:])]
longest = max(gaps)
by_month = {}
for s in stamps:
    by_month.setdefault(s.strftime("%Y-%m"), 0)
    by_month[s.strftime("%Y-%m")] += 1
first = stamps[0]
end_of_quarter = date(first.year, 3, 31)
print(first.strftime("%A %d %B %Y %H:%M"), first.isoweekday())
{"longest_days": longest.days, "longest_seconds": longest.total_seconds(), "by_month": by_month, "to_quarter": (end_of_quarter - first.date()).days, "replaced": first.replace(day=1).isoformat(), "cmp": stamps[0] < stamps[-1], "week": (first + timedelta(weeks=2)).date().isoformat()}
