try:
    1 < "a"
except TypeError as e:
    r = str(e)
r
# expect: "'<' not supported between instances of 'int' and 'str'"
