# Attacks: dict key views combined with & and | (and isdisjoint) over colliding keys, repeatedly.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
d = {i * m: i for i in range(1000)}
e = {i * m: i for i in range(500, 1500)}
n = 0
for _ in range(100_000):
    n += len(d.keys() & e.keys()) + len(d.keys() | e.keys()) + d.keys().isdisjoint(e)
n
