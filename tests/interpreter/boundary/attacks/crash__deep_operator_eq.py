# Attacks: operator.eq (native) on 200k-deep nested tuples.
# Held: a clean PtcError or a result.
import operator
x = ()
y = ()
for i in range(200_000):
    x = (x,)
    y = (y,)
operator.eq(x, y)
