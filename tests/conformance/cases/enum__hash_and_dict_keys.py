from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
counts = {Color.RED: 0, Color.GREEN: 5}
counts[Color.RED] += 1
repr((counts, hash(Color.RED) == hash("RED"), len({Color.RED, Color.RED, Color.GREEN})))
# expect: '({<Color.RED: 1>: 1, <Color.GREEN: 2>: 5}, True, 2)'
