# Attacks: max() over 100k references to a 100k-element row (each comparison walks the row).
# Held: a clean PtcError within the CPU cap.
row = [0] * 100_000
rows = [[0]] + [row] * 99_998 + [[0]]
rows[49_999] = [0]

for _ in range(3):
    r = max(rows) is row
r
