# Attacks: adding a DAG-shaped tuple to a set (native hashing of 2**40 leaves).
# Held: a clean PtcError.
t = (1,)
for _ in range(40):
    t = (t, t)
s = set()
s.add(t)
