(type(1) is int, type(True) is bool, type(1) == type(2), isinstance(True, int))
# expect: (True, True, True, True)
