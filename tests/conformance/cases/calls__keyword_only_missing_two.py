def f(*, a, b):
    pass
try:
    f()
except TypeError as e:
    r = str(e)
r
# expect: "f() missing 2 required keyword-only arguments: 'a' and 'b'"
