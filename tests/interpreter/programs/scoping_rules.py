# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
y = [n for n in range(3)]
leaked = False
z = [(w := v * 2) for v in range(3)]
def kw(a, *, b, c=3, **rest):
    return (a, b, c, sorted(rest.items()))
def pos(a, b, /, c):
    return a + b + c
errors = []
for call in (lambda: kw(1), lambda: kw(1, 2), lambda: kw(1, b=2, d=4, a=5), lambda: pos(1, b=2, c=3)):
    try:
        call()
    except TypeError as e:
        errors.append(str(e))
[leaked, w, kw(1, b=2, e=5, d=4), pos(1, 2, c=3), errors]

counter = 0
def outer():
    total = 0
    def inc():
        nonlocal total
        global counter
        total += 1
        counter += 10
        return total
    inc(); inc()
    return total
class Config:
    base = 2
    squares = [x * x for x in range(3)]
    doubled = {k: k * 2 for k in ("a",)}
def recurse_closure(n):
    def helper(k):
        return 0 if k == 0 else k + helper(k - 1)
    return helper(n)
x = 1
def shadow():
    x = 2
    def inner():
        return x
    return inner()
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
[y, z, outer(), counter, Config.squares, Config.doubled, recurse_closure(10), shadow(), x, late()]
