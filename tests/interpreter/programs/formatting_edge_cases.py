# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from datetime import date, datetime, timedelta
d = date(2024, 1, 5)
dt = datetime(2024, 3, 9, 14, 5, 7)
print(f"{d:%d/%m/%Y} {dt:%Y-%m-%d %H:%M} {dt:%I:%M %p} {dt:%j %a %b}")
print("{:%B %d}".format(d), format(dt, "%H:%M:%S"))
print(str(timedelta(hours=-1)), repr(timedelta(days=2, seconds=5)), timedelta(days=1) // timedelta(hours=5), timedelta(hours=3) * 1.5)
print(dt - timedelta(days=10), d.isocalendar()[1], date.fromisoformat("2024-02-29").weekday(), datetime.combine(d, dt.time()))
print(datetime.strptime("05 Mar 2024 10:15", "%d %b %Y %H:%M"), repr(dt), repr(d))

print(format(0.5, "%"), "{:e}".format(12345.678), "{:g}".format(0.00001234), "{:_}".format(10**7), "{:x}".format(255), "{!a}".format("é"))
print("%r %c %% %5.1f%% %-5s| %+.2e %05d %x %X %o" % ("x", 65, 12.34, "ab", 1234.5, 42, 255, 255, 8))
print("{0}{1}{0}".format("a", "b"), "{:>{}}".format("x", 4), "{:{}{}}".format(3.14159, ".", "2f"), f"{3.14159:{'.'}{2}f}")
x = 5
print(f"{x = }", f"{x=!r:>5}", f"{'a' 'b'}", f"{x:#06x}", f"{-x:+}", f"{1e6:,.0f}", f"{12.5:08.2f}")
