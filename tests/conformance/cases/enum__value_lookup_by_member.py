from enum import Enum
class Color(Enum):
    RED = 1
(Color(Color.RED), Color.RED.value, Color["RED"] is Color.RED)
# expect: (<Color.RED: 1>, 1, True)
