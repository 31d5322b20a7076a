import types

ns = types.SimpleNamespace(a=1)
(str(type(ns)), repr(type(ns)), type(ns).__name__, isinstance(ns, types.SimpleNamespace))
# expect: ("<class 'types.SimpleNamespace'>", "<class 'types.SimpleNamespace'>", 'SimpleNamespace', True)
