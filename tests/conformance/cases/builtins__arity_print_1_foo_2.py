try:
    print(1, foo=2)
except TypeError as e:
    r = str(e)
r
# expect: "'foo' is an invalid keyword argument for print()"
