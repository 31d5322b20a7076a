[bool(x) for x in (0, 0.0, "", [], {}, set(), None, "0", [0], 1j * 0)]
# expect: [False, False, False, False, False, False, False, True, True, False]
