from enum import Enum, auto
class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
[(s.name, s.value) for s in Step]
# expect: [('FIRST', 1), ('SECOND', 2), ('TENTH', 10), ('ELEVENTH', 11)]
