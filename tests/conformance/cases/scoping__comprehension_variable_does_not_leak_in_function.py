def f():
    i = -1
    total = sum([i for i in range(4)])
    return i, total
f()
# expect: (-1, 6)
