# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re
data = ["id=1 score=80", "junk", "id=2 score=95", "id=3", "id=4 score=70"]
pat = re.compile(r"id=(\d+)\s+score=(\d+)")
parsed = [(int(m[1]), int(m[2])) for line in data if (m := pat.search(line))]
first, *middle, last = parsed
head, *_ = "a b c d".split()
(a, b), c = (1, 2), 3
*init, tail = range(5)
merged = [*range(3), *"ab", *{"k": 1}]
d = {**{"x": 1, "y": 2}, "y": 20, **dict(z=3)}
print(parsed, first, middle, last, head, a, b, c, init, tail, merged, d)
count = 0
while (count := count + 1) < 4:
    pass
def f(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))
print(count, f(*[1, 2], 3, sep="+", **{"b": 2, "a": 1}), f())
if (n := len(parsed)) > 2:
    print(f"{n=}, {n * 2 = }, {parsed[0]!r:>12}, {'x'=}")
for i, (uid, score) in enumerate(parsed, start=100):
    print(i, uid, score, sep=":", end=" | ")
print()
[y for x in range(5) if (y := x * x) % 2 == 0]
