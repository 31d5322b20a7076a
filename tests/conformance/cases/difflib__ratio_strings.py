import difflib
s = difflib.SequenceMatcher(None, "abcd", "bcde")
(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
# expect: (0.75, 0.75, 1.0)
