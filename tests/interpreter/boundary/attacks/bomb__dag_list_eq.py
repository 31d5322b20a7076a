# Attacks: `==` between two separately built DAG-shaped lists (2**40 element comparisons natively).
# Held: a clean PtcError within the CPU cap.
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
x == y
