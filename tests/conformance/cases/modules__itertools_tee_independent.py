from itertools import tee
a, b = tee([1, 2, 3])
(next(a), list(b), list(a))
