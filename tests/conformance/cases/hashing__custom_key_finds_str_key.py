class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
d = {"abc": 1}
(K("abc") in d, d.get(K("abc")))
# expect: (True, 1)
