try:
    filter(None)
except TypeError as e:
    r = str(e)
r
# expect: 'filter expected 2 arguments, got 1'
