import types
def f():
    return 1
f._calls = 3
ns = types.SimpleNamespace(_a=1)
ns._b = 2
del ns._a
(f._calls, repr(ns), ns._b)
# expect: (3, 'namespace(_b=2)', 2)
