def f(a, *, k=1):
    return a
try:
    f(1, 2, k=3)
except TypeError as e:
    r = str(e)
r
