# Attacks: round(Fraction, 10**9) computes 10**(10**9).
# Held: a clean PtcError.
# expect: error
from fractions import Fraction
round(Fraction(1, 3), 10**9)
