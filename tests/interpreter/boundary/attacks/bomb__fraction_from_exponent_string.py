# Attacks: Fraction('1e999999999') computes 10**999999999 in CPython.
# Held: a clean PtcError.
# expect: error
from fractions import Fraction
Fraction("1e999999999")
