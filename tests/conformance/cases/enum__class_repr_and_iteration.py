from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
(repr(Color), list(Color), len(Color), list(reversed(Color)), [c.name for c in Color])
# expect: ("<enum 'Color'>", [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>], 3, [<Color.BLUE: 3>, <Color.GREEN: 2>, <Color.RED: 1>], ['RED', 'GREEN', 'BLUE'])
