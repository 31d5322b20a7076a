class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
[v.n for v in sorted([V(3), V(1), V(2)])]
# expect: [1, 2, 3]
