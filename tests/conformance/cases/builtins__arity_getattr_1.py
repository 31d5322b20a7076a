try:
    getattr(1)
except TypeError as e:
    r = str(e)
r
# expect: 'getattr expected at least 2 arguments, got 1'
