# Attacks: a range of multiples of 2**61 - 1 handed to dict.fromkeys, set() and Counter: no key is ever
# computed by the program, the range yields them natively.
# Held: a clean PtcError within the CPU cap.
# expect: error
import collections
m = (1 << 61) - 1
r = range(0, 100_000 * m, m)
len(dict.fromkeys(r)) + len(set(r)) + len(collections.Counter(r))
