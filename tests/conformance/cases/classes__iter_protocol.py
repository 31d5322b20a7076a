class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
(list(Count(3)), sum(Count(4)), 2 in Count(3))
# expect: ([0, 1, 2], 6, True)
