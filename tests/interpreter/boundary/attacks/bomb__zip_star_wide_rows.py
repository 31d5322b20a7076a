# Attacks: zip(*rows) over 100k references to one 100k-element row: each step builds a 100k-wide tuple, charged as one item.
# Held: a clean PtcError within the CPU cap.
rows = [[0] * 100_000] * 100_000
n = 0
for t in zip(*rows):
    n += 1
n
