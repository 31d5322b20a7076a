def f(*, a, b):
    pass
try:
    f()
except TypeError as e:
    r = str(e)
r
