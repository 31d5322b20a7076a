# Attacks: a program __hash__ returning hash() of strings, None and tuples (translated to the host's salted hash through RunContext.native_hashes), with an __eq__ counting calls, mixed with str/None/tuple keys in dicts and sets.
# Held: the number of __eq__ calls and all results identical across hash seeds.
calls = [0]
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        calls[0] += 1
        return isinstance(other, K) and other.v == self.v
keys = ["a", "b", None, ("x", 1), b"a", "\u00e9", "\u00e9".encode()]
for k in keys:
    hash(k)
d = {}
for k in keys:
    d[k] = 1
    d[K(k)] = 2
s = set()
for i in range(300):
    s.add(K(str(i % 50)))
    s.add(str(i % 50))
hits = [K(k) in d for k in keys]
(calls[0], len(d), len(s), hits)
