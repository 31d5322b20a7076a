# A display's object is freed once id() returns: CPython reuses its memory for the next one.
same = (id([]) == id([]), id({}) == id({}), id([1, 2]) == id([1, 2]), id({1}) == id({2}))
kept = []
distinct = (id(kept) != id([]), id([]) != id(()), id({}) != id(()))
same, distinct
# expect: ((True, True, True, True), (True, True, True))
