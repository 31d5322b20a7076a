# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class V:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return f"V({self.x})"
    def __len__(self):
        return self.x
    def __iter__(self):
        for i in range(self.x):
            yield i
    def __getitem__(self, i):
        return list(range(self.x))[i]
    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x
a, b = V(1), V(2)
print(b > a, a < b, sorted([b, a]), max(a, b), bool(V(0)), bool(V(3)), list(V(3)), V(4)[1:3], V(5)[-1], 2 in V(3), len(V(2)))
try:
    {V(1)}
except TypeError as e:
    print("TypeError:", e)
print(str(a), f"{a}", "{}".format(a), "%s" % a, [a], {"k": a})

class Base:
    def __init__(self):
        self.log = ["base"]
    def hello(self):
        return "base hello"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("mid")
    def hello(self):
        return "mid+" + super().hello()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("leaf")
    def hello(self):
        return "leaf+" + super().hello()
l = Leaf()
print(l.log, l.hello(), isinstance(l, Base), type(l).__name__)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    @property
    def size(self):
        return len(self.items)
s = Stack().push(1).push(2)
print(s.pop(), s.size)
