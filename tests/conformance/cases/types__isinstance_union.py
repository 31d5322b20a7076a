(isinstance(1, int | str), isinstance(None, int | None), isinstance("x", (int, float)))
# expect: (True, True, False)
