# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from datetime import datetime, timedelta
busy = [("09:00", "10:30"), ("12:00", "13:00"), ("10:15", "11:00"), ("15:30", "16:45")]
day = datetime(2024, 5, 14)
def at(hhmm):
    h, m = map(int, hhmm.split(":"))
    return day.replace(hour=h, minute=m)
intervals = sorted((at(a), at(b)) for a, b in busy)
merged = []
for start, end in intervals:
    if merged and start <= merged[-1][1]:
        merged[-1] = (merged[-1][0], max(merged[-1][1], end))
    else:
        merged.append((start, end))
free, cursor = [], at("08:00")
for start, end in merged + [(at("18:00"), at("18:00"))]:
    if start - cursor >= timedelta(minutes=30):
        free.append((cursor, start))
    cursor = max(cursor, end)
for a, b in free:
    mins = int((b - a).total_seconds() // 60)
    print(f"{a:%H:%M}-{b:%H:%M} ({mins // 60}h{mins % 60:02d}m)")
longest = max(free, key=lambda ab: ab[1] - ab[0])
[f"{a:%H:%M}-{b:%H:%M}" for a, b in merged], f"{longest[0]:%I:%M %p}", sum(((b - a) for a, b in free), timedelta()).total_seconds() / 3600
