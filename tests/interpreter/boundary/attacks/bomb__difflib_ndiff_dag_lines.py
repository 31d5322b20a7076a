# Attacks: ndiff where the "lines" are distinct but equal DAG-shaped tuples: Differ compares every
# pair of lines with ==, which walks 10^12 elements per pair (after hashing them all).
# Held: a clean PtcError within the budget.
# expect: error
import difflib
def dag():
    x = (1,)
    for _ in range(12):
        x = (x,) * 10
    return x
print(len(list(difflib.ndiff([dag(), "a"], [dag(), "b"]))))
