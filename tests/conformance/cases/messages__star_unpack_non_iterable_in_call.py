def f(*a):
    return a
try:
    f(*5)
except TypeError as e:
    r = str(e)
r
# expect: '__main__.f() argument after * must be an iterable, not int'
