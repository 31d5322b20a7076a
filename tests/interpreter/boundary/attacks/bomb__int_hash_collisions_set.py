# Attacks: set of colliding ints via set() on a generator.
# Held: a clean PtcError within the CPU cap.
m = (1 << 61) - 1
s = set(i * m for i in range(100_000))
len(s)
