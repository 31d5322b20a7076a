# Attacks: 200k-deep chain of itertools.chain iterators.
# Held: a clean PtcError.
import itertools
z = iter([1])
for i in range(200_000):
    z = itertools.chain(z)
next(z)
