# Attacks: quantize/to_integral/normalize/fma/next_toward on full-precision operands in
# comprehensions, with Emax raised so results keep all their digits.
# Held: a clean PtcError within the CPU cap.
# expect: error
from decimal import Decimal, getcontext
c = getcontext()
c.prec = 1233
c.Emax = 999999999
x = Decimal(2).sqrt()
y = Decimal(3).sqrt()
q = Decimal("1e-1200")
r = [x.quantize(q) for _ in range(100000)]
r = [x.fma(y, x) for _ in range(100000)]
r = [x.next_toward(y).normalize().to_integral_exact() for _ in range(100000)]
len(r)
