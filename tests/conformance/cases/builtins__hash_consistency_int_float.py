(hash(2) == hash(2.0), hash(-1), hash(0.5) == hash(0.5))
# expect: (True, -2, True)
