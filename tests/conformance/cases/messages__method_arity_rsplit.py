try:
    "ab".rsplit(1, 2, 3, 4, 5, 6, 7)
except TypeError as e:
    r = str(e)
r
# expect: 'rsplit() takes at most 2 arguments (7 given)'
