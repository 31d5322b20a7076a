try:
    hasattr(1)
except TypeError as e:
    r = str(e)
r
# expect: 'hasattr expected 2 arguments, got 1'
