from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
(Color.RED, Color(2), Color["GREEN"], Color.RED.name, Color.GREEN.value)
# expect: (<Color.RED: 1>, <Color.GREEN: 2>, <Color.GREEN: 2>, 'RED', 2)
