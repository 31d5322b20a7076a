import datetime
try:
    datetime.time(1, 2) + datetime.timedelta(hours=1)
except TypeError as e:
    r = str(e)
r
# expect: "unsupported operand type(s) for +: 'datetime.time' and 'datetime.timedelta'"
