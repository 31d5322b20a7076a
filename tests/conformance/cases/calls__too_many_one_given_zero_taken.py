def f():
    pass
try:
    f(1)
except TypeError as e:
    r = str(e)
r
