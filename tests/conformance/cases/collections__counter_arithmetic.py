from collections import Counter
a = Counter("aab")
b = Counter("abc")
(sorted((a + b).items()), sorted((a - b).items()), a["z"], sorted((a & b).items()))
# expect: ([('a', 3), ('b', 2), ('c', 1)], [('a', 1)], 0, [('a', 1), ('b', 1)])
