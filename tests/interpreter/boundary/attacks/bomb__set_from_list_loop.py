# Attacks: set(row) rebuilt from a 100k list repeatedly.
# Held: a clean PtcError within the CPU cap.
row = list(range(100_000))
n = 0
for i in range(100_000):
    n += len(set(row))
n
