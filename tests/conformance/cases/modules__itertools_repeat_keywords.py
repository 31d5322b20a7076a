import itertools
r = itertools.repeat("x", times=3)
(list(itertools.repeat(times=2, object=9)), list(r), list(itertools.repeat(object=[1], times=1)))
# expect: ([9, 9], ['x', 'x', 'x'], [[1]])
