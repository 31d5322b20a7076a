try:
    len(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'len() takes exactly one argument (2 given)'
