# Attacks: iteration order of a dict and set after deletions at the front and re-insertions (holes, rebuilds).
# Held: identical across processes.
d = dict.fromkeys(range(1000))
s = set(range(1000))
for i in range(0, 1000, 3):
    del d[i]
    s.discard(i)
for i in range(0, 1000, 6):
    d[i] = 1
    s.add(i)
(list(d)[:20], list(s)[:20], s.pop(), d.popitem())
