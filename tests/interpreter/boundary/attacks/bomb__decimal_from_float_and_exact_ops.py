# Attacks: Decimal.from_float of subnormal floats (767 exact digits) and exact operations on
# them (compare_total, copy_abs, same_quantum, to_eng_string) in comprehensions.
# Held: a clean PtcError within the CPU cap.
# expect: error
from decimal import Decimal
d = Decimal.from_float(5e-324)
e = Decimal(7e-324)
r = [Decimal.from_float(5e-324) for _ in range(100000)]
r = [d.compare_total(e) for _ in range(100000)]
r = [d.to_eng_string() for _ in range(100000)]
r = [Decimal(5e-324) for _ in range(100000)]
len(r)
