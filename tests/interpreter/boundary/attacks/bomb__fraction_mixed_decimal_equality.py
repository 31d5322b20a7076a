# Attacks: == and < between a ~4,000-bit Fraction and a full-precision Decimal (each converts
# the Decimal to an exact ratio natively) in comprehensions.
# Held: a clean PtcError within the CPU cap.
# expect: error
from fractions import Fraction
from decimal import Decimal, getcontext
getcontext().prec = 1233
x = Decimal(2).sqrt()
f = Fraction(Decimal(3).sqrt())
s = [f == x for _ in range(100000)]
s = [x == f for _ in range(100000)]
s = [x < f for _ in range(100000)]
s = [x != f for _ in range(100000)]
len(s)
