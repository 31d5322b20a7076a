# Attacks: Fraction(numerator, denominator) of two ~4,000-bit ints (gcd-normalized natively) in
# comprehensions, each charged as a single step before.
# Held: a clean PtcError (step budget) within the CPU cap.
# expect: error
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 1233
f = Fraction(Decimal(2).sqrt())
a, b = f.numerator, f.denominator
s = [Fraction(a, b) for _ in range(100000)]
s = [Fraction(a, b) for _ in range(100000)]
s = [Fraction(a, b) for _ in range(100000)]
len(s)
