# Attacks: list.insert(0, …) in a loop (quadratic memmove).
# Held: a clean PtcError or result within the CPU cap.
x = list(range(99_000))
for i in range(100_000):
    x.insert(0, i)
    x.pop()
len(x)
