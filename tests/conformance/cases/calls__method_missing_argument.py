class C:
    def m(self, a, b):
        return a
try:
    C().m(1)
except TypeError as e:
    r = str(e)
r
# expect: "C.m() missing 1 required positional argument: 'b'"
