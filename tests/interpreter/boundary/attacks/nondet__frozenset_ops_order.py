# Attacks: frozenset algebra results iterated/printed.
# Held: identical across hash seeds.
a = frozenset(["pear", "apple", "fig", "kiwi", "plum"])
b = frozenset(["kiwi", "lime", "apple", "date"])
[list(a | b), list(a & b), list(a ^ b), str(a - b), sorted(a) == list(sorted(a)), list(frozenset(a))]
