try:
    repr()
except TypeError as e:
    r = str(e)
r
# expect: 'repr() takes exactly one argument (0 given)'
