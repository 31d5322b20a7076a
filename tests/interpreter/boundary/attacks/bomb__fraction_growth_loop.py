# Attacks: a harmonic sum whose denominator grows without bound, and limit_denominator on it.
# Held: a clean PtcError (int limit or steps) within 10 s.
# expect: error
from fractions import Fraction
s = Fraction(0)
n = 1
while True:
    s += Fraction(1, n)
    s.limit_denominator(10**50)
    n += 1
