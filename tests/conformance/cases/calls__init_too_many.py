class C:
    def __init__(self, a):
        self.a = a
try:
    C(1, 2)
except TypeError as e:
    r = str(e)
r
