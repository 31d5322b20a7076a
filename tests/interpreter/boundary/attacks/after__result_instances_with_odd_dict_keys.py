# Attacks: the run's result (and print) carries program instances whose live __dict__ the program
# rewrote: non-str keys, a deleted dataclass field, dunder keys (`__class__`, `__repr__`), a dict that
# holds itself, a namespace holding non-str keys. Whatever turns the result into the host's value or
# text walks those dicts after the program ended.
# Held: a clean result or error, no internal error, no program code after run() returned.
import dataclasses
from types import SimpleNamespace
@dataclasses.dataclass
class D:
    x: int = 1
    y: int = 2
class Plain:
    pass
d = D()
d.__dict__[7] = "seven"
del d.__dict__["y"]
p = Plain()
p.__dict__[(1, 2)] = p
p.__dict__["__class__"] = D
p.__dict__["__repr__"] = lambda: "instance repr"
p.__dict__["self"] = p.__dict__
ns = SimpleNamespace(a=1)
ns.__dict__[None] = ns
print(p, ns)
result = [p, ns, p.__dict__, ns.__dict__, d]
print(result[:4])
result
