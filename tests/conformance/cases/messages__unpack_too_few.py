try:
    a, b, c = [1, 2]
except ValueError as e:
    r = str(e)
r
# expect: 'not enough values to unpack (expected 3, got 2)'
