try:
    sum()
except TypeError as e:
    r = str(e)
r
# expect: 'sum() takes at least 1 positional argument (0 given)'
