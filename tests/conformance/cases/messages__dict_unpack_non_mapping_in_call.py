def f(**kw):
    return kw
try:
    f(**[1, 2])
except TypeError as e:
    r = str(e)
r
# expect: '__main__.f() argument after ** must be a mapping, not list'
