(abs(True), abs(-0.0), -0.0 == 0.0)
# expect: (1, 0.0, True)
