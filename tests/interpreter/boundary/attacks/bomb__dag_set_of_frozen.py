# Attacks: frozenset equality over DAG-shaped tuples.
# Held: a clean PtcError.
x = (1,)
y = (1,)
for _ in range(40):
    x = (x, x)
    y = (y, y)
frozenset([x]) == frozenset([y])
