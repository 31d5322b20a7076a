(min(["bb", "a", "ccc"], key=len), max([], default="none"), max(1, 2, key=lambda x: -x))
# expect: ('a', 'none', 1)
