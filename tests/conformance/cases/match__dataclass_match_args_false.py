from dataclasses import dataclass
@dataclass(match_args=False)
class Q:
    x: int
try:
    match Q(1):
        case Q(x):
            pass
except TypeError as e:
    msg = str(e)
msg
# expect: 'Q() accepts 0 positional sub-patterns (1 given)'
# expect: 'Q() accepts 0 positional sub-patterns (1 given)'
