# Attacks: slicing copies of a 100k list repeated.
# Held: a clean PtcError within the CPU cap.
row = list(range(100_000))
n = 0
for i in range(100_000):
    n += len(row[1:])
n
