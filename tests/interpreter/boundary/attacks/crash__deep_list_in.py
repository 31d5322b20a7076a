# Attacks: `in` on a list comparing 200k-deep nested lists.
# Held: a clean PtcError or a result.
x = [0]
y = [0]
for i in range(200_000):
    x = [x]
    y = [y]
y in [1, 2, x]
