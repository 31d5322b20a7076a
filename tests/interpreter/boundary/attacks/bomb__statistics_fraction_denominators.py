# Attacks: statistics over Fractions (and Decimals) sums exact ratios natively: the mean of 1/k for
# k in 1..20000 has a denominator of about 29,000 bits (lcm of 1..20000), computed uncharged in C.
# Held: a clean PtcError (the ratios' denominators are sized against max_int_bits first).
# expect: error
import statistics
from fractions import Fraction as F
from decimal import Decimal as D
statistics.mean([F(1, k) for k in range(1, 20_000)])
