# Attacks: Decimal.as_integer_ratio() of a full-precision Decimal (a ~4,000-bit ratio reduced by
# gcd, ~0.3 ms each) in a comprehension, charged as one step per call.
# Held: a clean PtcError (step budget) within the CPU cap.
# expect: error
from decimal import Decimal, getcontext
getcontext().prec = 1233
x = Decimal(2).sqrt()
r = [x.as_integer_ratio() for _ in range(100000)]
r = [x.as_integer_ratio() for _ in range(100000)]
len(r)
