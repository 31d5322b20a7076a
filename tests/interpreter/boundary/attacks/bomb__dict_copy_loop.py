# Attacks: dict(d) copies of a 100k dict repeated.
# Held: a clean PtcError within the CPU cap.
d = {i: i for i in range(100_000)}
n = 0
for i in range(100_000):
    n += len(dict(d))
n
