# Attacks: dict of 1M-char distinct strings (hashing cost per key).
# Held: a clean PtcError or result.
base = "k" * 999_990
d = {}
for i in range(2000):
    d[base + str(i)] = i
len(d)
