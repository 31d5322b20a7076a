from enum import Enum
class Color(Enum):
    RED = 1
    def __str__(self):
        return self.name.lower()
(str(Color.RED), f"{Color.RED}", repr(Color.RED), format(Color.RED, ">5"))
# expect: ('red', 'red', '<Color.RED: 1>', '  red')
