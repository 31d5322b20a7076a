try:
    a, b, *c = [1]
except ValueError as e:
    r = str(e)
r
# expect: 'not enough values to unpack (expected at least 2, got 1)'
