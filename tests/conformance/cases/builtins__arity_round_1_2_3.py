try:
    round(1, 2, 3)
except TypeError as e:
    r = str(e)
r
# expect: 'round() takes at most 2 arguments (3 given)'
