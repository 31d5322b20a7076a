class C:
    @staticmethod
    def s(a):
        return a
try:
    C.s(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'C.s() takes 1 positional argument but 2 were given'
