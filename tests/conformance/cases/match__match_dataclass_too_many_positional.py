from dataclasses import dataclass
@dataclass
class P:
    x: int
try:
    match P(1):
        case P(a, b):
            pass
except TypeError as e:
    r = str(e)
r
# expect: 'P() accepts 1 positional sub-pattern (2 given)'
