def f(*, key):
    return key
try:
    f()
except TypeError as e:
    r = str(e)
r
# expect: "f() missing 1 required keyword-only argument: 'key'"
