def f():
    [last := n for n in range(5)]
    return last
f()
# expect: 4
