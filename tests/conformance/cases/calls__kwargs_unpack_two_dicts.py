def f(**kw):
    return kw
f(**{"a": 1}, **{"b": 2})
# expect: {'a': 1, 'b': 2}
