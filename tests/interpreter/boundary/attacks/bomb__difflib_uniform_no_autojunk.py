# Attacks: SequenceMatcher of two long uniform texts with autojunk=False: every position of a matches
# every position of b (10^10 candidate pairs in find_longest_match).
# Held: a clean PtcError within the budget.
# expect: error
import difflib
s = difflib.SequenceMatcher(None, "a" * 100_000, "a" * 99_999 + "b", autojunk=False)
print(s.ratio())
