try:
    int("1", 10, 3)
except TypeError as e:
    r = str(e)
r
# expect: 'int() takes at most 2 arguments (3 given)'
