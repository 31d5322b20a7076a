# Attacks: equality of lists of deque rows (deque not in the nested-cost estimate).
# Held: a clean PtcError within the CPU cap.
import collections
row = collections.deque(range(100_000))
row2 = collections.deque(range(100_000))
[row] * 100_000 == [row2] * 100_000
