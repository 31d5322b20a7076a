from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = field(default=0, kw_only=True)
try:
    match P(1, y=2):
        case P(a, b):
            r = "matched"
except TypeError as e:
    r = str(e)
r
# expect: 'P() accepts 1 positional sub-pattern (2 given)'
