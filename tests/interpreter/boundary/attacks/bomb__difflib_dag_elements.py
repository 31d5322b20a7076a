# Attacks: sequences whose elements are DAG-shaped tuples (10^12 leaves): each hash walks them all.
# Held: a clean PtcError within the budget.
# expect: error
import difflib
x = (1,)
for _ in range(12):
    x = (x,) * 10
print(difflib.SequenceMatcher(None, [x, 2], [2, x]).get_opcodes())
