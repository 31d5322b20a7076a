def f(a, b, c):
    pass
try:
    f(1)
except TypeError as e:
    r = str(e)
r
# expect: "f() missing 2 required positional arguments: 'b' and 'c'"
