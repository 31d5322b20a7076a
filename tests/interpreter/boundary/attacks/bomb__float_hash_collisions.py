# Attacks: floats/ints with equal hashes mixed (hash(x) == hash(x + 2**61 - 1)).
# Held: a clean PtcError within the CPU cap.
import collections
m = (1 << 61) - 1
c = collections.Counter([-(i * m) for i in range(1, 100_000)])
len(c)
