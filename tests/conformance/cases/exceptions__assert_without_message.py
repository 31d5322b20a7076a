try:
    assert False
except AssertionError as e:
    r = (str(e), e.args)
r
# expect: ('', ())
