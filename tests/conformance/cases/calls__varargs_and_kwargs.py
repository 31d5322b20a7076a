def f(*args, **kwargs):
    return args, kwargs
f(1, 2, x=3)
# expect: ((1, 2), {'x': 3})
