class A: pass
class B(A): pass
(isinstance(B(), A), issubclass(B, A), issubclass(A, B))
# expect: (True, True, False)
