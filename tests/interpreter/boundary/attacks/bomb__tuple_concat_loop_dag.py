# Attacks: tuple(row) copies of a 100k row repeated (each call copies 100k elements for one step).
# Held: a clean PtcError within the CPU cap.
row = [0] * 100_000
n = 0
for i in range(100_000):
    n += len(tuple(row))
n
