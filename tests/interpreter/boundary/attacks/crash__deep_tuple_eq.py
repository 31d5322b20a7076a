# Attacks: tuple equality recursing in C over two separately built 200k-deep nested tuples.
# Held: a clean PtcError (depth limit) or a result; the process survives.
x = ()
y = ()
for i in range(200_000):
    x = (x,)
    y = (y,)
x == y
