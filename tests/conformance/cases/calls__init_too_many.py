class C:
    def __init__(self, a):
        self.a = a
try:
    C(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'C.__init__() takes 2 positional arguments but 3 were given'
