try:
    sorted([1], foo=1)
except TypeError as e:
    r = str(e)
r
# expect: "'foo' is an invalid keyword argument for sort()"
