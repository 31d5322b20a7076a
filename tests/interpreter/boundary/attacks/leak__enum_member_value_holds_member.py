# Attacks: an enum member whose value (a list) holds the member itself: each member repr started a
# fresh repr of its value, so the cycle recursed until the recursion limit (CPython shows `[...]`).
# Held: the repr is CPython's, cycles marked as the writer marks them.
# expect: value '<E.A: [<E.A: [...]>]> [<E.A: [<E.A: [...]>]>] E.A'
from enum import Enum
class E(Enum):
    A = []
E.A.value.append(E.A)
f"{E.A!r} {[E.A]!r} {E.A}"
