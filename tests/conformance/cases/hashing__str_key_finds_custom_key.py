class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, K) else other)
d = {K("abc"): 1}
d["abc"]
# expect: 1
