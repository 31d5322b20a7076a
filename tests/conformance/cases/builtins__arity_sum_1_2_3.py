try:
    sum([1], 2, 3)
except TypeError as e:
    r = str(e)
r
# expect: 'sum() takes at most 2 arguments (3 given)'
