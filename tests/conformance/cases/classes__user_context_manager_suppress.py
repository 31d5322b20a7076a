class S:
    def __enter__(self):
        return 'in'
    def __exit__(self, t, e, tb):
        return t is KeyError
with S() as v:
    {}['x']
v
# expect: 'in'
# expect: 'in'
