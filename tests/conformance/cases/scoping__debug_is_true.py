[__debug__, __debug__ is True]
# expect: [True, True]
