# Attacks: floats 2.0 ** (61 * j) hash to 1, as do the ints 1 + i * (2**61 - 1): a dict of both, then
# lookups of the floats against it.
# Held: a clean PtcError within the CPU cap.
# expect: error
m = (1 << 61) - 1
d = dict.fromkeys(1 + i * m for i in range(1, 30_000))
floats = [2.0 ** (61 * j) for j in range(-16, 17)]
found = 0
for _ in range(10_000):
    for x in floats:
        if x in d:
            found += 1
found
