try:
    iter()
except TypeError as e:
    r = str(e)
r
# expect: 'iter expected at least 1 argument, got 0'
