(any([]), all([]), any([0, ""]), all([1, "a"]))
# expect: (False, True, False, True)
