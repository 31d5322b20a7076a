def f(**kw):
    return kw
if False:
    f(a=1, a=2)
1
# expect: refused at compile time: SyntaxError: keyword argument repeated: a
