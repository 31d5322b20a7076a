try:
    ord()
except TypeError as e:
    r = str(e)
r
# expect: 'ord() takes exactly one argument (0 given)'
