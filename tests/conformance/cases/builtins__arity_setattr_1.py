try:
    setattr(1)
except TypeError as e:
    r = str(e)
r
# expect: 'setattr expected 3 arguments, got 1'
