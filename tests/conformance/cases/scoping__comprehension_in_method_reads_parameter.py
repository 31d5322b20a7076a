class C:
    def f(self, k):
        return [k * i for i in range(3)]
C().f(2)
# expect: [0, 2, 4]
