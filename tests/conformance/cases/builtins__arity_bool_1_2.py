try:
    bool(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'bool expected at most 1 argument, got 2'
