# Attacks: a cluster of 1500 colliding ints is paid for once, then set operators (which probe for every
# element of one operand in the other, reusing stored hashes) run on it over and over.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
a = {i * m for i in range(1000)}
b = {i * m for i in range(500, 1500)}
n = 0
for _ in range(100_000):
    n += len(a & b) + len(a | b) + len(a - b) + (a == b)
n
