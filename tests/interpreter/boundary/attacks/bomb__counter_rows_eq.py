# Attacks: equality of lists of Counter rows.
# Held: a clean PtcError within the CPU cap.
import collections
row = collections.Counter(range(50_000))
row2 = collections.Counter(range(50_000))
[row] * 50_000 == [row2] * 50_000
