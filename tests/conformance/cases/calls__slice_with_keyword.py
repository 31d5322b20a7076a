try:
    slice(start=1, stop=4)
except TypeError as e:
    r = str(e)
r
# expect: 'slice() takes no keyword arguments'
