import datetime
try:
    datetime.time(1, 2) < 5
except TypeError as e:
    r = str(e)
r
# expect: "'<' not supported between instances of 'datetime.time' and 'int'"
