# Attacks: obj.__dict__ lets a program store dunder keys on an instance, which no attribute
# assignment could. Implicit special-method calls look at the class (as CPython's, all held here),
# but CPython's copy.deepcopy reads `__deepcopy__` with getattr on the instance itself, so an
# instance-dict `__deepcopy__` is what CPython calls; ignoring it copies silently instead.
# Held: deepcopy calls the instance's hook as CPython (or refuses); the class-level ones hold.
# expect: value ['inst deepcopy', 'cls', 'cls call', False, 20, 'cls fmt', 'cls enter', 1, True, 'cls add', 'cls neg', 'cls str', 'Box']
import copy
class Box:
    def __getitem__(self, k): return "cls"
    def __call__(self): return "cls call"
    def __contains__(self, k): return False
    def __index__(self): return 1
    def __format__(self, spec): return "cls fmt"
    def __enter__(self): return "cls enter"
    def __exit__(self, *a): return False
    def __len__(self): return 1
    def __lt__(self, o): return True
    def __add__(self, o): return "cls add"
    def __neg__(self): return "cls neg"
    def __str__(self): return "cls str"
b = Box()
for name in ("__getitem__", "__call__", "__contains__", "__index__", "__format__", "__enter__", "__exit__",
             "__len__", "__lt__", "__add__", "__neg__", "__str__"):
    b.__dict__[name] = lambda *a: "inst"
b.__dict__["__deepcopy__"] = lambda memo: "inst deepcopy"
b.__dict__["__copy__"] = lambda: "inst copy"
def entered():
    with b as v:
        return v
out = []
try:
    out.append(copy.deepcopy(b))
except Exception as e:
    out.append(type(e).__name__)
out += [b[0], b(), 1 in b, [10, 20][b], f"{b}", entered(), len(b), b < b, b + 1, -b, str(b), type(copy.copy(b)).__name__]
out
