def f(a, b=1):
    return a
try:
    f(1, 2, 3)
except TypeError as e:
    r = str(e)
r
# expect: 'f() takes from 1 to 2 positional arguments but 3 were given'
