import copy
from enum import Enum
from dataclasses import dataclass, asdict
class Color(Enum):
    RED = 1
@dataclass
class Paint:
    color: Color
p = Paint(Color.RED)
repr((copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED, asdict(p), p))
# expect: "(True, True, {'color': <Color.RED: 1>}, Paint(color=<Color.RED: 1>))"
