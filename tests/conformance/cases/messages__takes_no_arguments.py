def f():
    return 0
try:
    f(1)
except TypeError as e:
    r = str(e)
r
# expect: 'f() takes 0 positional arguments but 1 was given'
