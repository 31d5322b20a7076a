# Attacks: iterating a flag member whose value is negative (`A = -1` in an IntFlag): the loop over
# its set bits never ran out of bits (a negative int has endless ones), natively and uncharged.
# Held: CPython's ValueError, at once.
# expect: runtime-error
from enum import IntFlag
class F(IntFlag):
    A = -1
    B = 2
list(F.A)
