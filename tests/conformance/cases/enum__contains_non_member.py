from enum import Enum
class Color(Enum):
    RED = 1
try:
    1 in Color
except TypeError as e:
    r = str(e)
(Color.RED in Color, r)
# expect: (True, "unsupported operand type(s) for 'in': 'int' and 'EnumType'")
