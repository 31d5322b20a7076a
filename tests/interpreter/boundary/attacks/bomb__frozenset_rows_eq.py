# Attacks: equality of lists of frozenset rows.
# Held: a clean PtcError within the CPU cap.
row = frozenset(range(100_000))
row2 = frozenset(range(100_000))
[row] * 100_000 == [row2] * 100_000
