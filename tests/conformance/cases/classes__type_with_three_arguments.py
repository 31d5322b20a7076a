class Base:
    def hello(self):
        return "hi " + self.name
def init(self, name):
    self.name = name
Dyn = type("Dyn", (Base,), {"__init__": init, "kind": "dynamic", "__repr__": lambda self: f"Dyn({self.name!r})", "_private": 1})
d = Dyn("x")
print(d.hello(), d.kind, repr(d), Dyn.__name__, isinstance(d, Base), type(d) is Dyn, Dyn._private, Dyn)
E = type("E", (ValueError,), {})
try:
    raise E("boom")
except ValueError as e:
    print(type(e).__name__, e)
P = type("P", (), {})
print(P, type(P()).__name__)
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    type("a", "b")
except TypeError as e:
    print(e)
# expect: None
