from enum import Enum, IntEnum
class Outer:
    class Inner(Enum):
        A = 1
def make():
    class Local(IntEnum):
        A = 1
    return Local
out = []
for cls in (Outer.Inner, make()):
    try:
        cls(5)
    except ValueError as e:
        out.append(str(e))
(out, repr(Outer.Inner))
# expect: (['5 is not a valid Outer.Inner', '5 is not a valid make.<locals>.Local'], "<enum 'Inner'>")
