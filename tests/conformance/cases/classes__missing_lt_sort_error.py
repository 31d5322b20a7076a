class V:
    pass
try:
    sorted([V(), V()])
except TypeError as e:
    r = str(e)
r
# expect: "'<' not supported between instances of 'V' and 'V'"
