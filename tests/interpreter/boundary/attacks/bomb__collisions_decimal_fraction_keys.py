# Attacks: Decimal and Fraction hash as the numbers they are (Decimal(i * (2**61 - 1)) hashes to 0, so
# does Fraction(i * (2**61 - 1), 7)), and compare through a Python method on every probe.
# Held: a clean PtcError within the CPU cap.
# expect: error
from decimal import Decimal
from fractions import Fraction
m = (1 << 61) - 1
s = {Decimal(i * m) for i in range(100_000)}
t = {Fraction(i * m, 7) for i in range(100_000)}
u = {(Decimal(i * m), 1) for i in range(100_000)}
len(s) + len(t) + len(u)
