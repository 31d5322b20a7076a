# Attacks: list.index of a fresh row equal to the last of many shared rows.
# Held: a clean PtcError within the CPU cap.
row = [0] * 100_000
rows = [[0]] + [row] * 99_998 + [[0]]
rows[49_999] = [0]

target = [0] * 99_999 + [1]
rows[-2] = target
for _ in range(3):
    r = rows.index(list(target))
r
