# Attacks: Fraction(Decimal) of a full-precision Decimal through map(), each conversion a gcd
# reduction of ~4,000-bit ints that cost one step.
# Held: a clean PtcError (step budget) within the CPU cap.
# expect: error
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 1233
x = Decimal(2).sqrt()
r = list(map(Fraction, [x] * 100000))
r = list(map(Fraction.from_decimal, [x] * 100000))
len(r)
