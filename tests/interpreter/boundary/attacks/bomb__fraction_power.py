# Attacks: Fraction(1, 3) ** 10**6 and 10**6 ** Fraction(10**6) (millions of bits each).
# Held: a clean PtcError (int limit), checked before the power is computed.
# expect: error
from fractions import Fraction
Fraction(1, 3) ** 10**6
