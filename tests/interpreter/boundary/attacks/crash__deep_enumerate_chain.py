# Attacks: 200k-deep chain of enumerate() iterators.
# Held: a clean PtcError.
z = iter([1, 2])
for i in range(200_000):
    z = enumerate(z)
next(z)
