from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
# expect: (True, True, False, True)
