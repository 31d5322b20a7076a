try:
    callable()
except TypeError as e:
    r = str(e)
r
# expect: 'callable() takes exactly one argument (0 given)'
