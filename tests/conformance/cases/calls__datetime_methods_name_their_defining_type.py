import datetime
d = datetime.datetime(2020, 1, 2)
out = []
for call in [lambda: d.isocalendar(1), lambda: d.weekday(bogus=1), lambda: datetime.timezone.utc.dst(), lambda: datetime.timezone.utc.tzname(None, x=1), lambda: d.date().toordinal(1, 2)]:
    try:
        call()
    except TypeError as e:
        out.append(str(e))
out
# expect: ['date.isocalendar() takes no arguments (1 given)', 'date.weekday() takes no keyword arguments', 'timezone.dst() takes exactly one argument (0 given)', 'timezone.tzname() takes no keyword arguments', 'date.toordinal() takes no arguments (2 given)']
