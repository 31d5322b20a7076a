try:
    float(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'float expected at most 1 argument, got 2'
