# Attacks: comparisons of two ~4,000-bit Fractions (cross-multiplied natively) in comprehensions,
# each charged as a single step before.
# Held: a clean PtcError (step budget) within the CPU cap.
# expect: error
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 1233
f = Fraction(Decimal(2).sqrt())
g = Fraction(Decimal(3).sqrt())
s = [f < g for _ in range(100000)]
s = [f <= g for _ in range(100000)]
s = [f > g for _ in range(100000)]
s = [f >= g for _ in range(100000)]
s = [f < g for _ in range(100000)]
len(s)
