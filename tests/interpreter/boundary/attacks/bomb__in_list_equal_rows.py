# Attacks: `in` with a row equal (not identical) to 100k references of a 100k-element row.
# Held: a clean PtcError within the CPU cap.
row = [0] * 100_000
rows = [[0]] + [row] * 99_998 + [[0]]
rows[49_999] = [0]

probe = list(row)
probe.append(1)
probe.pop()
probe[-1] = 0
probe in rows[1:-1] + [1]
