from enum import StrEnum
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    r = str(e)
r
# expect: '1 is not a string'
