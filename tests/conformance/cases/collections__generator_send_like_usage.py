def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = gen()
next(g)
[g.send(1), g.send(2)]
# expect: [1, 3]
