class C:
    @classmethod
    def make(cls, a):
        return a
try:
    C.make(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'C.make() takes 2 positional arguments but 3 were given'
