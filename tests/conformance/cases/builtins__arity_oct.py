try:
    oct()
except TypeError as e:
    r = str(e)
r
# expect: 'oct() takes exactly one argument (0 given)'
