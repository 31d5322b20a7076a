try:
    int(1, 2, 3)
except TypeError as e:
    r = str(e)
r
# expect: 'int() takes at most 2 arguments (3 given)'
