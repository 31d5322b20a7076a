# Attacks: dict equality recursing over 200k-deep nested dicts.
# Held: a clean PtcError or a result.
x = {}
y = {}
for i in range(200_000):
    x = {1: x}
    y = {1: y}
x == y
