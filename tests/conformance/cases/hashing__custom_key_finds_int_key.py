class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
d = {5: "five"}
d[K(5)]
# expect: 'five'
