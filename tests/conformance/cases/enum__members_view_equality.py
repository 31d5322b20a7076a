from enum import Enum
class C(Enum):
    A = 1
v = C.__members__
try:
    v["B"] = 2
except TypeError as e:
    r = str(e)
(v == {"A": C.A}, dict(v) == {"A": C.A}, r, len(v))
# expect: (True, True, "'mappingproxy' object does not support item assignment", 1)
