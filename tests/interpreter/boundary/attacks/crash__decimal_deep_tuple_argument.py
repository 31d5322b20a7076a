# Attacks: Decimal() of a digit tuple nested 100k deep, and Context.create_decimal of it (the
# host constructor walks the tuple in C).
# Held: a clean PtcError; the process survives.
# expect: error
from decimal import Decimal, getcontext
t = (1,)
for _ in range(100000):
    t = (t,)
try:
    Decimal((0, t, 0))
except Exception as e:
    print("refused", e)
getcontext().create_decimal((0, (1, 2), t))
