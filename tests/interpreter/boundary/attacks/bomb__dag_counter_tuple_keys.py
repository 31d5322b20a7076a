# Attacks: collections.Counter over DAG-shaped tuples (native hashing).
# Held: a clean PtcError.
import collections
x = (1,)
for _ in range(40):
    x = (x, x)
collections.Counter([x, x])
