class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
list(map(Adder(2), [1, 2]))
# expect: [3, 4]
