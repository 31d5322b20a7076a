class C:
    def m(self, a, b=1):
        return a
try:
    C().m(1, 2, 3)
except TypeError as e:
    r = str(e)
r
# expect: 'C.m() takes from 2 to 3 positional arguments but 4 were given'
