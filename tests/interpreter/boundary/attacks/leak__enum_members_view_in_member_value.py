# Attacks: an enum's `__members__` view put inside a member's value, then printed: the view's repr
# started a fresh repr of the members, which reached the view again, without end.
# Held: the repr is CPython's, the cycle marked as the writer marks it.
# expect: value "mappingproxy({'A': <E.A: [mappingproxy({...})]>}) {'A': <E.A: [mappingproxy({...})]>}"
from enum import Enum
class E(Enum):
    A = []
E.A.value.append(E.__members__)
f"{E.__members__!r} {E.__members__}"
