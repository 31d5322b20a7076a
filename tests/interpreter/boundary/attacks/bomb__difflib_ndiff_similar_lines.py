# Attacks: ndiff of two blocks of similar but unequal lines: Differ rates every pair of lines in a
# replaced block, each rating a character-level match (cubic or worse in CPython).
# Held: a clean PtcError within the budget.
# expect: error
import difflib
a = ["field_%04d = compute(%d, 'alpha')\n" % (i, i) for i in range(2000)]
b = ["field_%04d = compute(%d, 'beta')\n" % (i, i + 1) for i in range(2000)]
print(len(list(difflib.ndiff(a, b))))
