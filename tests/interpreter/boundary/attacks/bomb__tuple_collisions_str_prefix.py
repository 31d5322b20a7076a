# Attacks: a salted str in front does not hide a collision: ('id', a, b) tuples share a hash whenever
# (a, b) lanes do, since each lane step of the tuple hash is a bijection.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
d = {}
for i in range(100_000):
    d[('id', i * m)] = i
len(d)
