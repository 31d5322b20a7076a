# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
inventory = {"apples": 5, "pears": 0, "kiwis": 12}
extra = {"pears": 3, "plums": 7}
merged = inventory | extra
inventory |= {"figs": 1}
print(merged, inventory)
keys = merged.keys() & {"apples", "plums", "nope"}
print(sorted(keys), sorted(merged.keys() - {"apples"}), list(merged.values()), list(merged.items())[-1])
print(merged.setdefault("kiwis", 0), merged.setdefault("grapes", 9), merged.pop("missing", "dflt"), merged.get("x"))
last = merged.popitem()
print(last, len(merged), "apples" in merged, "apples" in merged.values(), 5 in merged.values())
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), b.issubset(a))
s = set()
s.add(3); s.update([1, 2], (9,)); s.discard(100); s.remove(3)
print(s, sorted(s), frozenset([3, 1]) == {1, 3}, {x % 3 for x in range(10)})
counts = dict.fromkeys("abc", 0)
for ch in "abacabad":
    if ch in counts:
        counts[ch] += 1
inv = {v: k for k, v in counts.items()}
print(counts, inv, dict(zip("xy", [1, 2])), dict([("a", 1)], b=2))
d = {"b": 1, "a": 2}
print(sorted(d), sorted(d, key=d.get), list(reversed(d)), d == {"a": 2, "b": 1}, list(d.items()) == [("a", 2), ("b", 1)])
del d["b"]
d.update(c=3)
d.clear()
[d, {k: v for k, v in sorted(merged.items()) if v}, min(merged, key=merged.get), max(merged.items(), key=lambda kv: kv[1])]
