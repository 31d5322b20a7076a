# Attacks: a DAG-shaped value as the program's result (result conversion/repr cost).
# Held: a clean PtcError.
x = [1]
for _ in range(40):
    x = [x, x]
x
