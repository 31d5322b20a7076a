import difflib
difflib.get_close_matches("a", ["a"], cutoff=1.5)
# expect: raises ValueError: cutoff must be in [0.0, 1.0]: 1.5
