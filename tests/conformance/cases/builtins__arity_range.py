try:
    range()
except TypeError as e:
    r = str(e)
r
# expect: 'range expected at least 1 argument, got 0'
