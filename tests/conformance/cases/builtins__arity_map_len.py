try:
    map(len)
except TypeError as e:
    r = str(e)
r
# expect: 'map() must have at least two arguments.'
