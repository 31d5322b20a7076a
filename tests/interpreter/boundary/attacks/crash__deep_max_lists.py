# Attacks: max() comparing 200k-deep nested lists.
# Held: a clean PtcError or a result.
x = [0]
y = [1]
for i in range(200_000):
    x = [x]
    y = [y]
max([x, y])
