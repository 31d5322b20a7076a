# Attacks: pretty-printing sets and frozensets of strings (CPython's one-line form follows the salted
# hash order) and dicts whose keys cannot be compared (CPython orders them by address).
# Held: identical output under every hash seed.
import pprint
words = {"pear", "apple", "fig", "kiwi", "plum"}
print(pprint.pformat(words), pprint.saferepr(words))
print(pprint.pformat(set("the quick brown fox jumps over the lazy dog".split()) | {str(i) for i in range(20)}))
print(pprint.pformat(frozenset(words), width=10))
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __repr__(self):
        return f"K{self.n}"
print(pprint.pformat({K(3): 1, K(1): 2, "s": 3, 2: 4, None: 5, (1,): 6, K(2): 7}))
print(pprint.pformat({frozenset({"a"}): 1, frozenset({"b", "c"}): 2, frozenset(): 3}))
d = {"b": {1, 2}, "a": [words]}
d["self"] = d
print(pprint.pformat(d))
