try:
    sorted([1, "a"])
except TypeError as e:
    r = str(e)
r
# expect: "'<' not supported between instances of 'str' and 'int'"
