# Attacks: 200k-deep chain of generator expressions (Python-level recursion in the host).
# Held: a clean PtcError.
g = iter([1, 2])
for i in range(200_000):
    g = (v for v in g)
list(g)
