class C:
    n = 3
    def get(self):
        return self.n + C.n
C().get()
# expect: 6
