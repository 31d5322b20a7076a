from enum import Enum, IntEnum
class C(Enum):
    A = 1
class D(Enum):
    "d doc"
    A = 1
class I(IntEnum):
    "i doc"
    B = 2
out = []
for x in (C, D, C.A, D.A, I, I.B):
    try:
        out.append(x.__doc__)
    except AttributeError as e:
        out.append(str(e))
out
# expect: [None, 'd doc', None, 'd doc', 'i doc', 'i doc']
