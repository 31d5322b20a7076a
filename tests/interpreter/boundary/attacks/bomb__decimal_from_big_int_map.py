# Attacks: Decimal() of a 4,000-bit int through map() (binary to base ten, ~20 us each, was one
# step per conversion).
# Held: a clean PtcError within the CPU cap.
# expect: error
from decimal import Decimal, getcontext
getcontext().prec = 1233
n = 2 ** 4000 + 12345
L = [n] * 100000
r = list(map(Decimal, L))
r = list(map(Decimal, L))
r = list(map(Decimal, L))
len(r)
