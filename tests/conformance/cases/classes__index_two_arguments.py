class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = [0]
xs.insert(I(0), I(7))
[type(x).__name__ for x in xs]
# expect: ['I', 'int']
