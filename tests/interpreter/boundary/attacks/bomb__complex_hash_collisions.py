# Attacks: hash(x + y*1j) == hash(x) + 1000003 * hash(y): -1000003*b + b*1j hashes to 0
# for every b.
# Held: a clean PtcError within the CPU cap.
# expect: error
s = {-1000003 * b + b * 1j for b in range(100_000)}
len(s)
