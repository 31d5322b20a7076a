# Attacks: sum() pulling a 200k-deep map chain built with a program lambda.
# Held: a clean PtcError.
g = [1, 2, 3]
for i in range(200_000):
    g = map(int, g)
sum(g)
