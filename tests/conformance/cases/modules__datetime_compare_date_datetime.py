import datetime
try:
    datetime.date(2024, 1, 1) < datetime.datetime(2024, 1, 1)
except TypeError as e:
    r = str(e)
r
# expect: "can't compare datetime.datetime to datetime.date"
