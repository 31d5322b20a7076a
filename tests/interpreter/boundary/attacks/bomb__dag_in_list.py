# Attacks: `in` comparing a DAG-shaped list against an equal one.
# Held: a clean PtcError.
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
y in [0, x]
