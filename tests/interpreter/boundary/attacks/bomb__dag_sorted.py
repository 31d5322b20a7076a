# Attacks: sorted() of two equal DAG-shaped lists.
# Held: a clean PtcError.
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
sorted([x, y])
