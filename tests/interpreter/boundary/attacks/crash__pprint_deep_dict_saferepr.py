# Attacks: saferepr, isreadable and isrecursive of dicts nested 50k deep (a recursion per level).
# Held: a clean PtcError (max_nesting_depth), the process survives.
# expect: error
import pprint
x = {}
for _ in range(50_000):
    x = {"k": x}
print(pprint.isrecursive(x), pprint.isreadable(x), len(pprint.saferepr(x)))
