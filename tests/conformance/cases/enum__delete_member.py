from enum import Enum
class Color(Enum):
    RED = 1
try:
    del Color.RED
except AttributeError as e:
    r = str(e)
r
# expect: "'Color' cannot delete member 'RED'."
