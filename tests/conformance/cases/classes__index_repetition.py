class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = [0]
xs *= I(2)
([1] * I(3), I(2) * "ab", (None,) * I(0), xs)
# expect: ([1, 1, 1], 'abab', (), [0, 0])
