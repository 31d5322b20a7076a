values = [1, "s", 2.5, None, [1], (1,), {1: 2}, {1}, range(2), b"x", True]
[v.__class__ is type(v) for v in values] + [(3).__class__.__name__, getattr("a", "__class__") is str]
# expect: [True, True, True, True, True, True, True, True, True, True, True, 'int', True]
