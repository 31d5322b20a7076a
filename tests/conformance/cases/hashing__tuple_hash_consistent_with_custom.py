class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
d = {("a", 1): "t"}
d.get(K(("a", 1)))
# expect: 't'
