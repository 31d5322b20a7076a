from enum import Enum
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    r = str(e)
r
# expect: "'A' already defined as 1"
