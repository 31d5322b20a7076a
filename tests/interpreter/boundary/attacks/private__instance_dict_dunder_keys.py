# Attacks: obj.__dict__ is the live host dict of a program instance, so a program can now store
# keys no attribute assignment could: dunders (__eq__, __repr__, __hash__, __getattr__, __class__,
# __dict__, __len__, __bool__), `_ptc…` keys and non-str keys. Implicit operations must keep using
# the class (as CPython's), explicit reads see the instance entry, and nothing crashes or leaks.
# Held: every answer matches CPython's.
# expect: value [('eq', True), ('repr', 'A!'), ('explicit', 'inst'), ('len', 'TypeError'), ('missing', 'AttributeError'), ('bool', True), ('class', True), ('dict', True), ('hash', 'TypeError'), ('copy', {'v': 1, '__repr__': 'x', '_ptc_attributes': 5, 1: 'int'}), ('ptc', 5)]
import copy
out = []
def t(label, fn):
    try:
        out.append((label, fn()))
    except Exception as e:
        out.append((label, type(e).__name__))
class A:
    def __init__(self):
        self.v = 1
    def __eq__(self, o):
        return True
    def __repr__(self):
        return "A!"
a = A()
for k, v in (("__eq__", lambda o: False), ("__repr__", lambda: "inst"), ("__len__", lambda: 3),
             ("__hash__", lambda: 7), ("__getattr__", lambda n: "ga"), ("__bool__", lambda: False),
             ("__class__", int), ("__dict__", {"fake": 1})):
    a.__dict__[k] = v
t("eq", lambda: a == a)
t("repr", lambda: repr(a))
t("explicit", lambda: a.__repr__())
t("len", lambda: len(a))
t("missing", lambda: a.nothere)
t("bool", lambda: bool(a))
t("class", lambda: a.__class__ is A)
t("dict", lambda: "fake" not in a.__dict__)
t("hash", lambda: hash(a))
b = A()
b.__dict__["__repr__"] = "x"
b.__dict__["_ptc_attributes"] = 5
b.__dict__[1] = "int"
t("copy", lambda: copy.deepcopy(b).__dict__)
t("ptc", lambda: b.__dict__["_ptc_attributes"])
out
