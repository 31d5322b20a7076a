from itertools import combinations, permutations
(len(list(combinations(range(5), 2))), len(list(permutations(range(4), 2))))
# expect: (10, 12)
