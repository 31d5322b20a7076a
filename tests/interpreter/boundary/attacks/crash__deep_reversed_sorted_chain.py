# Attacks: sorted() of a deep zip chain (native consumer over native iterator chain).
# Held: a clean PtcError.
g = [3, 1, 2]
for i in range(100_000):
    g = zip(g)
sorted(g)
