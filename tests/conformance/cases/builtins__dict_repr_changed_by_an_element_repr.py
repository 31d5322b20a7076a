class Key:
    def __init__(self, n, action=None):
        self.n = n
        self.action = action

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        if self.action is not None:
            self.action()
        return f"K{self.n}"


out = []
d = {}
d[Key(1, lambda: d.update(new=99))] = 1
d[Key(2)] = 2
out.append(repr(d))
e = {}
e[Key(1, lambda: e.pop(next(iter(e))))] = 1
e[Key(2)] = 2
e[Key(3)] = 3
out.append(repr(e))
f = {}
f[Key(1)] = 1
f[Key(2, lambda: f.pop(next(iter(f)), None))] = 2
f[Key(3)] = 3
out.append(str(f))
out
# expect: ["{K1: 1, K2: 2, 'new': 99}", '{K1: 1, K2: 2, K3: 3}', '{K1: 1, K2: 2, K3: 3}']
