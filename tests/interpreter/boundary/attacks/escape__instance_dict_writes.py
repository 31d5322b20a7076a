# Attacks: `obj.__dict__`/`vars(obj)` hand a program its instance's live attribute dict. Write what
# no attribute statement could into it (dunders the interpreter reads, the reserved prefix, `__dict__`
# itself, non-str keys, a huge key) and then use the object every way the interpreter does: reads,
# method calls, repr, ==, hash, copy, deepcopy, json, pprint, dataclass repr/eq, match, format.
# Also reach for the dicts that are not the program's: exceptions', enum members', modules'.
# Held: the object behaves as CPython's would with those entries; the other dicts are refused.
# expect: value 'ok'
import copy, json, pprint, enum, dataclasses, functools
class P:
    def __init__(self):
        self.x = 1
    def show(self):
        return self.x
    @functools.cached_property
    def cached(self):
        return 5
p = P()
d = p.__dict__
d["__dict__"] = "fake"
d["__class__"] = int
d["__init__"] = lambda: 1
d["__repr__"] = lambda: "forged"
d["__eq__"] = lambda other: True
d["__hash__"] = lambda: 0
d["_ptc_scanned_args"] = ("forged",)
d[1] = "int key"
d["k" * 10000] = 2
problems = []
if type(p.__dict__) is not dict or p.__dict__ is not d:
    problems.append("dict replaced")
if p.__class__ is not P or type(p) is not P:
    problems.append("class forged")
if repr(p).startswith("forged") or p == P() is True and False:
    problems.append("repr forged")
if p == object():
    problems.append("eq forged")
p.cached
if vars(p)["cached"] != 5:
    problems.append("cached_property")
copy.copy(p); copy.deepcopy(p)
try:
    json.dumps(vars(p))
except TypeError:
    pass
pprint.pformat(vars(p))
"{0.x}".format(p)
match p:
    case P(x=1):
        pass
    case _:
        problems.append("match")
@dataclasses.dataclass(frozen=True)
class F:
    a: int
f = F(1)
vars(f)["a"] = 2
if f.a != 2 or repr(f) != "F(a=2)":
    problems.append("frozen dict")
class Color(enum.Enum):
    RED = 1
for other in (ValueError("x"), Color.RED, json, P, print):
    try:
        vars(other)["x"] = 1
        problems.append(("reached", type(other).__name__))
    except (AttributeError, TypeError):
        pass
d.clear()
try:
    p.show()
    problems.append("cleared but x read")
except AttributeError:
    pass
"ok" if not problems else problems
