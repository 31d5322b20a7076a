(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
# expect: ('int', 'float', 2.0)
