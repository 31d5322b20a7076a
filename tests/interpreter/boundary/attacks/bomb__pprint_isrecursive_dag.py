# Attacks: pprint.isrecursive/isreadable of a 2**40-path DAG list (CPython's _safe_repr walks
# every path: its context holds only ancestors).
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
x = [1]
for _ in range(40):
    x = [x, x]
print(pprint.isrecursive(x), pprint.isreadable(x))
