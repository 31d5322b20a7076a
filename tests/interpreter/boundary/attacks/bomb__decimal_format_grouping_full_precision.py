# Attacks: format() of a full-precision Decimal with grouping, padding and a huge width, in a
# comprehension (the C formatter copies and groups every digit).
# Held: a clean PtcError within the CPU cap.
# expect: error
from decimal import Decimal, getcontext
getcontext().prec = 1233
x = Decimal(2).sqrt()
s = [format(x, "_^+900000,.1233f") for _ in range(1000)]
s = [format(x, ",.1233e") for _ in range(100000)]
s = [format(x, "n") for _ in range(100000)]
len(s)
