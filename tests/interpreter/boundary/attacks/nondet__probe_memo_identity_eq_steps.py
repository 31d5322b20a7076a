# Attacks: a class with __hash__ = hash(name) and no __eq__ (the interpreter's charged identity __eq__) colliding with str keys: the steps charged per probe must not depend on the hash seed; the budget is spent to the edge so a seed-dependent charge shows as a different stopping point.
# Held: the same count of completed rounds (the program catches nothing: the limit ends it at the same statement) under every seed.
class Id:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
keys = [f"s{i}" for i in range(30)]
d = dict.fromkeys(keys, 0)
rounds = 0
while rounds < 10**9:
    for k in keys:
        d[Id(k)] = rounds
    for k in keys[::2]:
        del d[k]
        d[k] = 1
    rounds += 1
    print(rounds)
