# Attacks: naive datetime conversions that consult the host time zone (timestamp, astimezone, fromtimestamp, mktime, localtime).
# Held: identical under every host TZ.
import datetime, time
d = datetime.datetime(2021, 6, 1, 12, 0)
[d.timestamp(), str(d.astimezone()), str(datetime.datetime.fromtimestamp(0)), str(datetime.date.fromtimestamp(0)),
 time.mktime((2021, 6, 1, 12, 0, 0, 0, 1, -1)), list(time.localtime(0))[:6], time.strftime("%Z %z", time.localtime(0)),
 time.timezone if hasattr(time, "timezone") else None]
