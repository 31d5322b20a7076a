try:
    max(key=len)
except TypeError as e:
    r = str(e)
r
# expect: 'max expected at least 1 argument, got 0'
