from itertools import tee
a, b = tee([1, 2, 3])
(next(a), list(b), list(a))
# expect: (1, [1, 2, 3], [2, 3])
