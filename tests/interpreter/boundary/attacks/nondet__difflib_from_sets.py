# Attacks: difflib results over sequences built from sets and dict keys of strings, and matching
# blocks whose tie-breaks could follow hash order.
# Held: identical results under every hash seed.
import difflib
a = sorted({"alpha", "beta", "gamma"}) + list({"x": 1, "y": 2})
b = list({"gamma", "beta", "delta"}) + ["x"]
s = difflib.SequenceMatcher(None, a, b)
print(s.get_opcodes(), s.ratio(), s.quick_ratio())
print(difflib.get_close_matches("gama", {"gamma", "game", "gamma ray", "lama", "drama"}, n=5, cutoff=0.1))
print(list(difflib.ndiff(list({"k%d" % i for i in range(10)}), ["k%d" % i for i in range(10)])))
