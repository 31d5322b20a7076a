# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def grade(x):
    if not isinstance(x, (int, float)) or isinstance(x, bool):
        return "invalid"
    return "A" if 90 <= x <= 100 else "B" if 80 <= x < 90 else "C" if 70 <= x < 80 else "F" if 0 <= x < 70 else "out of range"
samples = [95, 90, 89.99, 70, 69, 0, -1, 101, "90", True, None]
print([grade(s) for s in samples])
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b, 1 < 2 < 3 < 2, (a < b) == (b < c), not a == b, a is not None and b)
print(0 or "" or [] or "last", 1 and 2 and 3, None or 0, [] and 1, not [], not not "x", (0 or None) is None)
x = None
print(x or "default", (x if x is not None else 0) + 1, [] == [] is not None)
vals = [3, None, 0, "", "a", [], [0], False]
print([bool(v) for v in vals], sum(1 for v in vals if v), [v for v in vals if v is not None and v != 0])
in_range = lambda v, lo=0, hi=10: lo <= v < hi
print(list(filter(in_range, [-1, 0, 5, 10, 11])), all(map(in_range, [1, 2])), any(in_range(v, 5) for v in [1, 2]))
i = 0
hits = []
while (i := i + 1) <= 20:
    if i % 15 == 0:
        hits.append("FizzBuzz")
    elif i % 3 == 0:
        hits.append("Fizz")
    elif i % 5 == 0:
        hits.append("Buzz")
    else:
        continue
" ".join(hits), i
