e = ValueError("a", 1)
(str(e), repr(e))
# expect: ("('a', 1)", "ValueError('a', 1)")
