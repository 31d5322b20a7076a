try:
    any()
except TypeError as e:
    r = str(e)
r
# expect: 'any() takes exactly one argument (0 given)'
