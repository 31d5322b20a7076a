try:
    str(1, 2, 3, 4)
except TypeError as e:
    r = str(e)
r
# expect: 'str() takes at most 3 arguments (4 given)'
