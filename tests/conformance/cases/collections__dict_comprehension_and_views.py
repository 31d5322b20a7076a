d = {k: k * 2 for k in range(4) if k % 2}
(d, list(d.keys()), list(d.values()), d.keys() & {1, 2})
# expect: ({1: 2, 3: 6}, [1, 3], [2, 6], {1})
