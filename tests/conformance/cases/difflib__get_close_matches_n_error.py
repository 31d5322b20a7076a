import difflib
difflib.get_close_matches("a", ["a"], n=0)
# expect: raises ValueError: n must be > 0: 0
