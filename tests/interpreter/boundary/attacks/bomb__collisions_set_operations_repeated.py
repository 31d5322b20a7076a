# Attacks: a cluster of 2250 colliding ints is paid for once, then set operators (which probe for every
# element of one operand in the other, reusing stored hashes) run on it over and over.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
a = {i * m for i in range(1500)}
b = {i * m for i in range(750, 2250)}
n = 0
for _ in range(100_000):
    n += len(a & b) + len(a | b) + len(a - b) + (a == b)
n
