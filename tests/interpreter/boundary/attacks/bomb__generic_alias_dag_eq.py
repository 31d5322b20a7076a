# Attacks: list[x] == list[y] with x, y equal DAG-shaped lists: the alias compares its argument tuples natively.
# Held: a clean PtcError within the CPU cap.
# expect: error
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
list[x] == list[y]
