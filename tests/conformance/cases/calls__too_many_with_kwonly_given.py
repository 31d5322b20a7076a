def f(a, *, k=1):
    return a
try:
    f(1, 2, k=3)
except TypeError as e:
    r = str(e)
r
# expect: 'f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given'
