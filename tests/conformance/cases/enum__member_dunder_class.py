from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
class Level(IntEnum):
    LOW = 1
[Color.RED.__class__ is Color, Level.LOW.__class__ is Level, type(Color.RED) is Color.RED.__class__]
# expect: [True, True, True]
