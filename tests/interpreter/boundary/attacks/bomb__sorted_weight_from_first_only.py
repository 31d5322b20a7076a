# Attacks: sorted() weights comparisons by the first element only: [[0]] then 100k references to a 100k-element row.
# Held: a clean PtcError within the CPU cap.
row = [0] * 100_000
rows = [[0]] + [row] * 99_999
for _ in range(3):
    r = len(sorted(rows))
r
