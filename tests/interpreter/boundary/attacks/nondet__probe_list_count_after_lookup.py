# Attacks: list.count / index / tuple equality with repeated program instances right after a translated lookup in the same statement, and the same with the instances hashed in between, to find a seed-dependent count.
# Held: identical counts under every seed.
calls = []
class N:
    def __init__(self, t):
        self.t = t
    def __hash__(self):
        return hash(self.t)
    def __eq__(self, other):
        calls.append(self.t)
        return False
a, b = N("a"), N("b")
d = {"a": 1, a: 2}
r = (N("a") in d, [a, b, a].count(N("a")), (a, a) == (b, b), [b, a, b].count("a"))
(r, len(calls), calls)
