class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return M(o + self.v)
(sum([M(1), M(2)]).v, (5 + M(1)).v)
# expect: (3, 6)
