# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
s = list(range(10))
print(s[::-1], s[-3:], s[8:2:-2], s[:100], s[100:], s[-100:2])
s[1:3] = []
s[::3] = ["a", "b", "c"]
del s[-2:]
print(s)
a, (b, *c), d = 1, (2, 3, 4), 5
first, *_, last = "hello"
print(a, b, c, d, first, last)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("unpack:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("unpack:", e)
