from enum import Enum
class Color(Enum):
    RED = 1
(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", f"{Color.RED:>12}|", f"{Color.RED!r}")
# expect: ('<Color.RED: 1>', 'Color.RED', 'Color.RED', 'Color.RED', '   Color.RED|', '<Color.RED: 1>')
