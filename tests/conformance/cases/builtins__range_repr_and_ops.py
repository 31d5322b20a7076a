r = range(0, 10, 3)
(repr(r), len(r), r[1], r[-1], 6 in r, list(r[1:]), r.index(9))
# expect: ('range(0, 10, 3)', 4, 3, 9, True, [3, 6, 9], 3)
