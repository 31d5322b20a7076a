sorted([3, 1, 2], key=None, reverse=True)
# expect: [3, 2, 1]
