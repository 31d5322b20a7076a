# Attacks: obj.__dict__ of a dataclass instance is the live host dict, so a program can delete a
# field from it (also reachable as `del m.y` on a plain dataclass, or a `field(init=False)` never
# assigned). CPython's asdict/astuple/replace read each field with getattr and raise
# AttributeError; reading the instance dict with `.get(name)` silently yields None for the field.
# Held: each raises AttributeError as CPython (repr/eq/hash/order already do).
# expect: value ['AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError', 'AttributeError']
import dataclasses
from dataclasses import dataclass, field
@dataclass(frozen=True)
class D:
    x: int
    y: int = 2
@dataclass
class M:
    x: int
    y: list = field(default_factory=list)
@dataclass
class Late:
    x: int = field(init=False)
a = D(1)
del a.__dict__["x"]
m = M(1)
del m.y
out = []
for call in (lambda: dataclasses.asdict(a), lambda: dataclasses.astuple(a), lambda: dataclasses.replace(a, y=3),
             lambda: dataclasses.replace(m), lambda: dataclasses.asdict(Late()), lambda: dataclasses.astuple(Late())):
    try:
        out.append(repr(call()))
    except AttributeError:
        out.append("AttributeError")
out
