# Attacks: estimated_elements samples only first/middle/last: make those small and every other row 100k wide, then compare with ==.
# Held: a clean PtcError within the CPU cap.
row = [0] * 100_000
rows = [[0]] + [row] * 99_998 + [[0]]
rows[49_999] = [0]

other = list(rows)
other[1] = list(row)
n = 0
for i in range(1000):
    n += rows == [x if x is not row else list(row) for x in rows[:3]] + rows[3:]
n
