# Attacks: set.pop takes the oldest element and rebuilds the set every few pops, each rebuild reinserting
# every colliding element; dict.popitem removes along the probe path.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
n = 0
for _ in range(1000):
    s = {i * m for i in range(2000)}
    d = dict.fromkeys(s)
    while s:
        s.pop()
        d.popitem()
        n += 1
n
