try:
    {}.pop("x")
except KeyError as e:
    r = repr(e)
r
# expect: "KeyError('x')"
