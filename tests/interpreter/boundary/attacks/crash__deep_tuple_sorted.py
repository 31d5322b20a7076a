# Attacks: sorted() comparing 200k-deep tuples.
# Held: a clean PtcError or a result.
x = (0,)
y = (0,)
for i in range(200_000):
    x = (x,)
    y = (y,)
sorted([x, y])
