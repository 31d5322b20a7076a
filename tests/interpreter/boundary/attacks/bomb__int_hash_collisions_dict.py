# Attacks: 100k int keys that all hash to 0 (multiples of 2**61-1): quadratic dict probing in C.
# Held: a clean PtcError within the CPU cap.
m = (1 << 61) - 1
d = {i * m: i for i in range(100_000)}
len(d)
