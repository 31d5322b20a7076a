def f(a):
    return a
try:
    f(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'f() takes 1 positional argument but 2 were given'
