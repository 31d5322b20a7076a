# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from datetime import date, datetime, timedelta

users = [await get_user(i) for i in range(1, 6)]
joined = [datetime.strptime(u["joined"], "%Y-%m-%d") for u in users]
reference = datetime(2024, 1, 1)
tenure_days = [(reference - j).days for j in joined]
earliest = min(joined)
print("earliest:", earliest.strftime("%d %b %Y"), earliest.isoformat())
deadline = date(2024, 2, 27) + timedelta(days=3)
print(deadline, deadline.weekday(), deadline.isoformat())
meeting = datetime.fromisoformat("2024-03-10T09:30:00") + timedelta(hours=30, minutes=45)
week = [(date(2024, 1, 1) + timedelta(days=k)).strftime("%a") for k in range(7)]
{"tenure": tenure_days, "meeting": meeting.isoformat(), "week": week, "leap": deadline.day, "delta": str(timedelta(days=1, seconds=3725))}
