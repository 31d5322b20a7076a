# Attacks: max(*row) / min(*row) with 100k positional args repeated.
# Held: a clean PtcError within the CPU cap.
row = list(range(100_000))
n = 0
for i in range(100_000):
    n += max(*row)
n
