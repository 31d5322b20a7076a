# Attacks: str/repr of a ~4,000-bit Fraction (two int-to-decimal conversions) and f-strings of
# it in comprehensions.
# Held: a clean PtcError within the CPU cap.
# expect: error
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 1233
f = Fraction(Decimal(2).sqrt())
s = [str(f) for _ in range(100000)]
s = [repr(f) for _ in range(100000)]
s = [f"{f}" for _ in range(100000)]
s = ["%s" % f for _ in range(100000)]
len(s)
