data = [1, 2, 0, 3]
it = iter(data)
list(iter(lambda: next(it), 0))
# expect: [1, 2]
