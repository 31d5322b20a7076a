# Attacks: 200k-deep chain of itertools.islice.
# Held: a clean PtcError.
import itertools
z = iter(range(5))
for i in range(200_000):
    z = itertools.islice(z, 5)
list(z)
