import datetime
try:
    datetime.datetime(2024, 5, 6, 7, 8).strftime()
except TypeError as e:
    r = str(e)
r
# expect: "strftime() missing required argument 'format' (pos 1)"
