from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
class Level(IntEnum):
    LOW = 1
(type(Color.RED).__name__, type(Color.RED) is Color, isinstance(Color.RED, Enum), isinstance(Level.LOW, int), issubclass(Level, Enum), isinstance(Color.RED, Level))
# expect: ('Color', True, True, True, True, False)
