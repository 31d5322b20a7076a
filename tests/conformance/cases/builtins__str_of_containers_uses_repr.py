str(["a", 1.0, None, True])
# expect: "['a', 1.0, None, True]"
