try:
    all(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'all() takes exactly one argument (2 given)'
