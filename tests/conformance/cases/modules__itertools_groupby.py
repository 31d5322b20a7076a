from itertools import groupby
[(k, len(list(g))) for k, g in groupby("aaabbc")]
# expect: [('a', 3), ('b', 2), ('c', 1)]
