# Attacks: tuples holding colliding Decimals: the tuple hash inherits the collision.
# Held: a clean PtcError within the CPU cap.
# expect: error
from decimal import Decimal
m = (1 << 61) - 1
u = {(Decimal(i * m), 'x') for i in range(100_000)}
len(u)
