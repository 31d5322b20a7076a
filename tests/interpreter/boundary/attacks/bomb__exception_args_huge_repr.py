# Attacks: an uncaught exception whose args hold a huge DAG (report formatting repr cost).
# Held: a clean PtcError with a bounded report quickly.
x = [1]
for _ in range(40):
    x = [x, x]
raise ValueError(x)
