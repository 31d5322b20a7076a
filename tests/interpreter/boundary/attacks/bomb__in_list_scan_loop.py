# Attacks: `x in big_list` misses repeated (each a 100k-element native scan).
# Held: a clean PtcError within the CPU cap.
row = list(range(100_000))
n = 0
for i in range(100_000):
    n += -1 in row
n
