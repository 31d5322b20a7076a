# Attacks: dict lookups keyed by a DAG-shaped tuple deeper than the estimate depth.
# Held: a clean PtcError within the CPU cap.
t = 0
for _ in range(12):
    t = (t,) * 8
d = {}
d[t] = 1
