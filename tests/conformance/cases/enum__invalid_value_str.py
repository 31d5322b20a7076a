from enum import Enum
class Color(Enum):
    RED = "r"
try:
    Color("x")
except ValueError as e:
    r = str(e)
r
# expect: "'x' is not a valid Color"
