try:
    format()
except TypeError as e:
    r = str(e)
r
# expect: 'format expected at least 1 argument, got 0'
