# Attacks: date.strftime with a format that expands each directive (output far larger than the format).
# Held: a clean PtcError or a bounded result.
import datetime
d = datetime.datetime(2024, 1, 1)
s = d.strftime("%c" * 400_000)
len(s)
