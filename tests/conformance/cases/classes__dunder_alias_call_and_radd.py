def plus(self, other):
    return V(self.v + (other.v if isinstance(other, V) else other))
class V:
    def __init__(self, v):
        self.v = v
    __add__ = plus
    __radd__ = __add__
    def run(self, x):
        return x * self.v
    __call__ = run
(sum([V(1), V(2)]).v, (3 + V(1)).v, V(3)(2))
# expect: (3, 4, 6)
