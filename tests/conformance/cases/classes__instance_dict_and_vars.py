import types, json
from dataclasses import dataclass
class Point:
    def __init__(self, x, y):
        self.x = x
        self._y = y
    def to_dict(self):
        return dict(self.__dict__)
p = Point(1, 2)
print(p.__dict__, vars(p), p.to_dict(), json.dumps(vars(p)))
p.__dict__["z"] = 3
print(p.z, sorted(vars(p)))
vars(p)["w"] = 4
print(p.w)
@dataclass
class D:
    a: int
    b: str = "x"
print(vars(D(1)))
ns = types.SimpleNamespace(a=1)
vars(ns)["b"] = 2
print(ns, ns.__dict__)
for obj in (1, "s", [1], {}, None):
    try:
        vars(obj)
    except TypeError as e:
        print(e)
    try:
        obj.__dict__
    except AttributeError as e:
        print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
# expect: None
