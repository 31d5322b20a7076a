from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
try:
    Color.RED < Color.GREEN
except TypeError as e:
    r = str(e)
r
# expect: "'<' not supported between instances of 'Color' and 'Color'"
