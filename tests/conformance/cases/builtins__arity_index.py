try:
    [].index()
except TypeError as e:
    r = str(e)
r
# expect: 'index expected at least 1 argument, got 0'
