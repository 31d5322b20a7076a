# Attacks: frozenset({i * (2**61 - 1)}) are all distinct and all hash alike.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
s = set()
for i in range(100_000):
    s.add(frozenset({i * m}))
len(s)
