# Attacks: hash() of a DAG-shaped tuple (t = (t, t) 40 times; CPython does not cache tuple hashes).
# Held: a clean PtcError within the CPU cap.
t = (1,)
for _ in range(40):
    t = (t, t)
hash(t)
