# Attacks: tuples crafted to share one hash (CPython tuple hash of colliding ints).
# Held: a clean PtcError within the CPU cap.
m = (1 << 61) - 1
d = dict.fromkeys((i * m, 0) for i in range(100_000))
len(d)
