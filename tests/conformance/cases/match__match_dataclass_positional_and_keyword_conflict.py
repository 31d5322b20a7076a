from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
try:
    match P(1, 2):
        case P(a, x=1):
            pass
except TypeError as e:
    r = str(e)
r
# expect: "P() got multiple sub-patterns for attribute 'x'"
