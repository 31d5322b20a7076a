# Attacks: sorted()/max()/bisect over 100k ~4,000-bit Fractions (each comparison cross-multiplies
# big ints natively, inside a native sort).
# Held: a clean PtcError within the CPU cap.
# expect: error
import bisect
from decimal import Decimal, getcontext
from fractions import Fraction
getcontext().prec = 1200
base = Fraction(Decimal(2).sqrt())
xs = [base + i for i in range(1000)]
xs = xs * 100
ys = sorted(xs, reverse=True)
m = max(xs)
i = bisect.bisect(ys, base)
len(ys)
