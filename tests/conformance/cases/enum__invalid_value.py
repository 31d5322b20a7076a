from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color(5)
except ValueError as e:
    r = (type(e).__name__, str(e))
r
# expect: ('ValueError', '5 is not a valid Color')
