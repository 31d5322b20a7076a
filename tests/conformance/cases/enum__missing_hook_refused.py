from enum import Enum
class Color(Enum):
    RED = 1
    @classmethod
    def _missing_(cls, value):
        return cls.RED
Color(5)
# expect: <Color.RED: 1>
