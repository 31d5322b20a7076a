# Attacks: print(*row) over a 100k-element row, repeated (each call renders 100k items).
# Held: a clean PtcError (stdout limit) quickly.
row = [1] * 100_000
for i in range(1000):
    print(*row, sep="")
