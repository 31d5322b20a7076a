calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append(self.v)
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
a = {K(1)}
b = {K(1), K(2)}
n = len(calls)
r = a < b
(r, len(calls) - n)
# expect: (True, 0)
