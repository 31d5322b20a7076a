a = {3, 1, 2}
b = {2, 3, 4}
(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= {1, 2, 3, 4}, a.isdisjoint({9}))
# expect: ([1, 2, 3, 4], [2, 3], [1], [1, 4], True, True)
