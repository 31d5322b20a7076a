(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False), {1: "a"}[1.0])
# expect: (True, True, 'a')
