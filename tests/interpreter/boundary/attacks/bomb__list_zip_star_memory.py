# Attacks: list(zip(*rows)) materialising 10**10 references (memory before any size check).
# Held: a clean PtcError before allocating.
rows = [[0] * 100_000] * 100_000
len(list(zip(*rows)))
