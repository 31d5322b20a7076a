from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
match P(1, 2):
    case P(x, y):
        r = (x, y)
r
# expect: (1, 2)
