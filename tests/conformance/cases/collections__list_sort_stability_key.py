data = [("b", 2), ("a", 2), ("c", 1)]
sorted(data, key=lambda p: p[1])
# expect: [('c', 1), ('b', 2), ('a', 2)]
