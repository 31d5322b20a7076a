# Attacks: operator.eq (native) on equal DAG-shaped tuples.
# Held: a clean PtcError.
import operator
x = (1,)
y = (1,)
for _ in range(40):
    x = (x, x)
    y = (y, y)
operator.eq(x, y)
