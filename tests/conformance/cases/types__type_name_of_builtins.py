[type(x).__name__ for x in (1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(2))]
