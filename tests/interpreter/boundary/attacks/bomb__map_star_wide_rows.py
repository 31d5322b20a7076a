# Attacks: map(f, *rows) over 100k iterables: each call packs 100k arguments.
# Held: a clean PtcError within the CPU cap.
rows = [[0] * 100_000] * 100_000
n = 0
for v in map(max, *rows[:2]):
    n += 1
for t in map(lambda *args: 0, *rows):
    n += 1
n
