# Attacks: Counter.update with the keys of a colliding Counter, over and over.
# Held: a clean PtcError within the CPU cap.
# expect: error
import collections
m = (1 << 61) - 1
c = collections.Counter({i * m: 1 for i in range(2000)})
total = collections.Counter()
for _ in range(100_000):
    total.update(c)
    total = total + c
len(total)
