class P:
    def __init__(self, v):
        self.v = v
    @classmethod
    def of(cls, v):
        return cls(v * 2)
class Q(P):
    pass
(type(Q.of(2)).__name__, Q.of(2).v)
# expect: ('Q', 4)
