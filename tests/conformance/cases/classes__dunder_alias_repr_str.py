class V:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f"V({self.v})"
    __repr__ = __str__
(repr(V(1)), str([V(2)]), f"{V(3)!r}")
# expect: ('V(1)', '[V(2)]', 'V(3)')
