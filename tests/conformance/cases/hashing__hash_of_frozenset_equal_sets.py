hash(frozenset({1, 2})) == hash(frozenset({2, 1}))
# expect: True
