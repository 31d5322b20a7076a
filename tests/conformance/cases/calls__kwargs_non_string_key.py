def f(**kw):
    return kw
try:
    f(**{1: 2})
except TypeError as e:
    r = str(e)
r
# expect: 'keywords must be strings'
