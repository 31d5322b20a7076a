class Shrinker:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __repr__(self):
        members.discard(next(iter(members)))
        return f"S{self.n}"


members = {Shrinker(1), Shrinker(2)}
(repr(members), len(members))
# expect: ('{S1, S2}', 0)
