# Attacks: set operations on dict views produce native sets whose order is the hash order.
# Held: identical across hash seeds.
d = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "eps": 5}
[list(d.keys() & {"eps", "beta", "alpha", "delta"}), list(d.keys() | {"zeta", "eta"}), list(d.keys() - {"beta"}),
 list(d.items() & {("alpha", 1), ("gamma", 3)}), str(d.keys() ^ {"x", "y", "z"})]
