# Attacks: sum() of lists with a list start (quadratic copying).
# Held: a clean PtcError.
rows = [[0] * 50] * 2000
len(sum(rows, []))
