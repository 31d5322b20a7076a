# Attacks: == between two equal 100k lists repeated.
# Held: a clean PtcError within the CPU cap.
a = list(range(100_000))
b = list(range(100_000))
n = 0
for i in range(100_000):
    n += a == b
n
