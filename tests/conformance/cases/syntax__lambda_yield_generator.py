g = lambda: (yield 1)
list(g())
# expect: [1]
