# Attacks: deep chain of itertools.accumulate iterators.
# Held: a clean PtcError.
import itertools
z = iter(range(5))
for i in range(200_000):
    z = itertools.accumulate(z)
list(z)
