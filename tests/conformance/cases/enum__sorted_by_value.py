from enum import Enum
class Size(Enum):
    L = 3
    S = 1
    M = 2
[s.name for s in sorted(Size, key=lambda s: s.value)]
# expect: ['S', 'M', 'L']
