class T:
    def __init__(self):
        self.c = 0
    @property
    def f(self):
        return self.c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self.c = (v - 32) * 5 / 9
t = T()
t.f = 212
(t.c, t.f)
# expect: (100.0, 212.0)
