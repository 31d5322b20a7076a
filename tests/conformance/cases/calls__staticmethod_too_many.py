class C:
    @staticmethod
    def s(a):
        return a
try:
    C.s(1, 2)
except TypeError as e:
    r = str(e)
r
