try:
    bin(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'bin() takes exactly one argument (2 given)'
