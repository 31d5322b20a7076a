from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.BLUE
except AttributeError as e:
    r = str(e)
r
# expect: 'BLUE'
