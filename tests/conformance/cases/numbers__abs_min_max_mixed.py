[abs(-3.5), min(3, 1.5, 2), max("a", "b"), max([1, 5, 3], key=lambda v: -v), min([], default=0)]
# expect: [3.5, 1.5, 'b', 1, 0]
