import datetime
[type(x).__name__ for x in (datetime.date(2024, 1, 1), datetime.time(1), datetime.timedelta(1), datetime.datetime(2024, 1, 1))]
# expect: ['date', 'time', 'timedelta', 'datetime']
