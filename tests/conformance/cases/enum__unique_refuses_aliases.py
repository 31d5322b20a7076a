from enum import Enum, unique
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    r = str(e)
r
# expect: "duplicate values found in <enum 'Mistake'>: FOUR -> THREE"
