def f(**kw):
    return kw
f(a=1, **{"a": 2})
# expect: raises TypeError: __main__.f() got multiple values for keyword argument 'a'
