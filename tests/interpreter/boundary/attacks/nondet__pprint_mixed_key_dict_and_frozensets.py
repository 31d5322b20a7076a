# Attacks: pformat's sort_dicts over mixed, unorderable keys (CPython's _safe_key falls back to
# (type name, id)) and sets/frozensets of mixed strs and ints under different hash seeds.
# Held: identical output under three hash seeds.
import pprint
d = {}
for i in range(30):
    d[(i, str(i))] = i
d[None] = 1
d[1.5] = 2
d["s"] = 3
d[frozenset({1, 2, "a"})] = 4
d[frozenset({"b", 3})] = 5
print(pprint.pformat(d))
print(pprint.pformat({frozenset({"a", "b", "c", "d", "e"}), frozenset({1, "x", 2.5})}, width=20))
print(pprint.pformat({"b", "a", "c", 3, None, (1,)}, width=5))
print(pprint.saferepr({"q", "w", "e", 1, 2.5}))
