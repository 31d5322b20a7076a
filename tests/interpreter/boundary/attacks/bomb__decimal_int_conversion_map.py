# Attacks: int() of a 1,200-digit integral Decimal through map() (base-ten to binary conversion,
# ~35 us each, was one step): 300k conversions ran 10.4 s CPU and returned.
# Held: a clean PtcError within the CPU cap.
# expect: error
from decimal import Decimal, getcontext
getcontext().prec = 1233
x = Decimal(2 ** 4000 + 12345)
L = [x] * 100000
r = list(map(int, L))
r = list(map(int, L))
r = list(map(int, L))
len(r)
