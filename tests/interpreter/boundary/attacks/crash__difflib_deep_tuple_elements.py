# Attacks: SequenceMatcher over tuples nested 100k deep: hashing them recurses in C with no
# recursion check (a SIGSEGV in CPython's tuple hash).
# Held: a clean PtcError (max_nesting_depth), the process survives.
# expect: error
import difflib
x = ()
for _ in range(100_000):
    x = (x,)
s = difflib.SequenceMatcher(None, [x, 1], [1, x])
print(s.ratio())
