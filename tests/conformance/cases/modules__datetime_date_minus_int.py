import datetime
try:
    datetime.date(2024, 1, 1) - 1
except TypeError as e:
    r = str(e)
r
# expect: "unsupported operand type(s) for -: 'datetime.date' and 'int'"
