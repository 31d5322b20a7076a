import difflib
list(difflib.restore(["- a"], 3))
# expect: raises ValueError: unknown delta choice (must be 1 or 2): 3
