# Attacks: one dict of colliding keys, copied again and again by dict.update, {**d}, dict(d) and
# d.copy(): each copy reinserts every key along the same probe path.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
d = {i * m: i for i in range(1000)}
n = 0
for _ in range(100_000):
    e = {}
    e.update(d)
    n += len(e) + len({**d}) + len(dict(d)) + len(d.copy())
n
