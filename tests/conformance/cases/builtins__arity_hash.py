try:
    hash()
except TypeError as e:
    r = str(e)
r
# expect: 'hash() takes exactly one argument (0 given)'
