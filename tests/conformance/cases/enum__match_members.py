from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "other"
[name(Color.RED), name(Color.GREEN), name(1)]
# expect: ['red', 'green', 'other']
