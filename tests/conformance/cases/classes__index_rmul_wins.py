class I:
    def __index__(self):
        return 2
    def __rmul__(self, other):
        return "rmul"
([1] * I(), "x" * I())
# expect: ('rmul', 'rmul')
