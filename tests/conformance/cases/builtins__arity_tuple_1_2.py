try:
    tuple(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'tuple expected at most 1 argument, got 2'
