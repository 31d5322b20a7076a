# Attacks: linear str methods (upper/strip/split/count) on a 1M string repeated.
# Held: a clean PtcError within the CPU cap.
s = "a b " * 250_000
n = 0
for i in range(100_000):
    n += s.count("b") + len(s.upper())
n
