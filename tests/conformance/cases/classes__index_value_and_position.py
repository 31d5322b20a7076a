class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = [0, 1]
xs.insert(0, I(7))
xs.append(I(1))
([type(x).__name__ for x in xs], [10, 20][xs[-1]], xs.index(1))
# expect: (['I', 'int', 'int', 'I'], 20, 2)
