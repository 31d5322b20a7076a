try:
    abs()
except TypeError as e:
    r = str(e)
r
# expect: 'abs() takes exactly one argument (0 given)'
