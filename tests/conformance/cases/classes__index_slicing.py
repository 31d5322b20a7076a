class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = [1, 2, 3, 4, 5]
xs[I(0):I(2)] = ["a"]
del xs[I(-1)]
("abcdef"[I(0):I(6):I(2)], [1, 2, 3, 4][I(1):I(3)], xs)
# expect: ('ace', [2, 3], ['a', 3, 4])
