from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.RED = 2
except AttributeError as e:
    r = str(e)
(r, Color.RED.value)
# expect: ("cannot reassign member 'RED'", 1)
