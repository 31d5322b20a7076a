import datetime
try:
    datetime.date(2024, 1, 1) < datetime.datetime(2024, 1, 1)
except TypeError as e:
    r = str(e)
r
