class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
([10, 20, 30][I(1)], (10, 20, 30)[I(-1)], "abc"[I(2)], range(10)[I(3)])
# expect: (20, 30, 'c', 3)
