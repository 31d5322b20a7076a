try:
    frozenset(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'frozenset expected at most 1 argument, got 2'
