from types import SimpleNamespace
n = SimpleNamespace(a=1)
n.b = 2
(repr(n), n == SimpleNamespace(a=1, b=2))
# expect: ('namespace(a=1, b=2)', True)
# expect: ('namespace(a=1, b=2)', True)
