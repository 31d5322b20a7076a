# Attacks: name mangling meets the enum class body. CPython 3.11 leaves a mangled private name
# (`__y`, which is `_E__y`) out of the members: it stays a plain class attribute (3), while a single
# underscore name (`_x`) is still a member. Making `_E__y` a member changes `list(E)`, `E(3)`,
# `__members__` and what methods reading `self.__y` get, silently.
# Held: as CPython 3.11.
# expect: value "[[<E.A: 1>, <E._x: 2>], '<E._x: 2>', '3', 3, '3 is not a valid E', ['A', '_x']]"
from enum import Enum
class E(Enum):
    A = 1
    _x = 2
    __y = 3
    def _helper(self):
        return self.__y
out = [list(E), repr(E._x), repr(E._E__y), E.A._helper()]
try:
    out.append(repr(E(3)))
except ValueError as e:
    out.append(str(e))
out.append(list(E.__members__))
repr(out)
