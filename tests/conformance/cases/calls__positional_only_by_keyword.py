def f(a, /, b):
    return a
try:
    f(a=1, b=2)
except TypeError as e:
    r = str(e)
r
# expect: "f() got some positional-only arguments passed as keyword arguments: 'a'"
