# Attacks: heapq.nlargest over shared big rows.
# Held: a clean PtcError within the CPU cap.
row = [0] * 100_000
rows = [[0]] + [row] * 99_998 + [[0]]
rows[49_999] = [0]

import heapq
for _ in range(3):
    r = len(heapq.nlargest(3, rows))
r
