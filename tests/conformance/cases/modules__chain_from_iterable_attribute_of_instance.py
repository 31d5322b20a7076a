from itertools import chain
c = chain([1], [2])
list(c.from_iterable([[3], [4]]))
# expect: [3, 4]
