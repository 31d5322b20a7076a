try:
    ascii()
except TypeError as e:
    r = str(e)
r
# expect: 'ascii() takes exactly one argument (0 given)'
