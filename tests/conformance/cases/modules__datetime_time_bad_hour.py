import datetime
try:
    datetime.time(25)
except ValueError as e:
    r = str(e)
r
# expect: 'hour must be in 0..23'
