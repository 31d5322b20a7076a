# Attacks: 200k-deep chain of zip() iterators pulled by list().
# Held: a clean PtcError.
z = zip([1, 2, 3])
for i in range(200_000):
    z = zip(z)
list(z)
