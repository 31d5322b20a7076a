try:
    len()
except TypeError as e:
    r = str(e)
r
# expect: 'len() takes exactly one argument (0 given)'
