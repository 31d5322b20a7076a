from enum import Enum
class Color(Enum):
    RED = 1
Color.RED.hex = "#f00"
try:
    Color.RED.nope
except AttributeError as e:
    r = str(e)
(Color.RED.hex, r)
# expect: ('#f00', "'Color' object has no attribute 'nope'")
