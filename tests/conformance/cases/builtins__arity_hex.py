try:
    hex()
except TypeError as e:
    r = str(e)
r
# expect: 'hex() takes exactly one argument (0 given)'
