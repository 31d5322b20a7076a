from enum import Enum
class Color(Enum):
    RED = 1
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    r = str(e)
r
# expect: "<enum 'More'> cannot extend <enum 'Color'>"
