# Attacks: pformat of 100k references to a ~4,000-bit Fraction and of a list of 4,000-bit ints
# with underscore_numbers (each written out in decimal natively).
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
from decimal import Decimal, getcontext
from fractions import Fraction
getcontext().prec = 1233
f = Fraction(Decimal(2).sqrt())
n = 2 ** 4000 + 1
s = pprint.pformat([f] * 100000, width=1)
s = pprint.saferepr([f] * 100000)
s = pprint.pformat([n] * 100000, underscore_numbers=True, width=1)
len(s)
