# Attacks: difflib.unified_diff of two 100k-line files that share lines in a shifted order: CPython's
# SequenceMatcher visits every pair of equal lines, for minutes.
# Held: a clean PtcError (max_steps) within the budget.
# expect: error
import difflib
a = ["row %d\n" % (i % 997) for i in range(100_000)]
b = ["row %d\n" % (i % 991) for i in range(100_000)]
print(sum(1 for _ in difflib.unified_diff(a, b)))
