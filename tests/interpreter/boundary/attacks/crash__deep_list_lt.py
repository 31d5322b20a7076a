# Attacks: list ordering (`<`) recursing in C over 200k-deep nested lists.
# Held: a clean PtcError or a result; the process survives.
x = [1]
y = [2]
for i in range(200_000):
    x = [x]
    y = [y]
x < y
