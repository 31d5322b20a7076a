def f(**kw):
    return sorted(kw)
f(a=1, **{"b": 2}, a=3)
# expect: refused at compile time: SyntaxError: keyword argument repeated: a
