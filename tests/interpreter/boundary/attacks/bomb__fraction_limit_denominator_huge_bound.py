# Attacks: limit_denominator of a ~4,000-bit Fraction with a 4,000-bit bound, and of a Fraction
# built from a tiny float, in comprehensions.
# Held: a clean PtcError within the CPU cap.
# expect: error
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 1233
f = Fraction(Decimal(2).sqrt())
s = [f.limit_denominator(10**1200) for _ in range(1000)]
g = Fraction(5e-324)
s = [g.limit_denominator(3) for _ in range(100000)]
len(s)
