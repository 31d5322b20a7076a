# Attacks: functools.cache keys its entries by the argument tuple: colliding arguments flood its dict.
# Held: a clean PtcError within the CPU cap.
# expect: error
import functools
m = (1 << 61) - 1


@functools.cache
def f(x):
    return 1


total = 0
for _ in range(50):
    for i in range(2000):
        total += f(i * m)
total
