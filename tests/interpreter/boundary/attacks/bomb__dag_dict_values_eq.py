# Attacks: dict equality whose values are equal DAG-shaped lists.
# Held: a clean PtcError.
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
{"k": x} == {"k": y}
