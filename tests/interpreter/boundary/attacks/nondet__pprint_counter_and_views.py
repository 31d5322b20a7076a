# Attacks: pformat of Counters with tied counts, dict views, defaultdicts and sets of mixed
# types nested in dicts with sort_dicts=False, under different hash seeds.
# Held: identical output under three hash seeds.
import collections
import pprint
c = collections.Counter(["b", "a", "c", "d", 1, 2, (1,), None] * 3)
d = {"s": {"x", "y", "z", 1, 2.0}, "f": frozenset({"p", "q", 3}), "k": {"b": 1, "a": 2}.keys()}
dd = collections.defaultdict(set, {"z": {"m", "n"}, "a": {1, "o"}})
print(pprint.pformat(c, width=10))
print(pprint.pformat(d, width=10, sort_dicts=False))
print(pprint.pformat(dd, width=10))
print(pprint.pformat(list({"u", "v", "w"}), width=3))
