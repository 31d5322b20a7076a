try:
    a, b = [1, 2, 3]
except ValueError as e:
    r = str(e)
r
# expect: 'too many values to unpack (expected 2)'
