# Attacks: KeyError whose key is a DAG-shaped tuple (report shows repr of the key).
# Held: a clean PtcError.
x = (1,)
for _ in range(30):
    x = (x, x)
d = {}
d.get(1)
raise KeyError(x)
