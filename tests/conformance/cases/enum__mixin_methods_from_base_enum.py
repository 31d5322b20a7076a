from enum import Enum
class Describable(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}={self.value!r}"
class Color(Describable):
    RED = 1
    GREEN: int = 2
[c.describe() for c in Color]
# expect: ['Color.RED=1', 'Color.GREEN=2']
