from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color["BLUE"]
except KeyError as e:
    r = (type(e).__name__, str(e))
r
# expect: ('KeyError', "'BLUE'")
