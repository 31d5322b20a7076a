try:
    raise ValueError
except ValueError as e:
    r = (str(e), e.args)
r
# expect: ('', ())
