[1 == 1.0, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), 2 ** 53 + 1 == float(2 ** 53 + 1), True + True]
# expect: [True, False, False, False, 2]
