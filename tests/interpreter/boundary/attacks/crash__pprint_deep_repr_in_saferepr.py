# Attacks: saferepr/isreadable of a 100k-deep dict of tuples of lists (each container kind
# takes a different branch of _safe_repr).
# Held: a clean PtcError; the process survives.
# expect: error
import pprint
x = 0
for i in range(100000):
    x = {"k": (x,)} if i % 3 == 0 else ([x] if i % 3 == 1 else {x} if False else (x, 1))
print(pprint.isreadable(x))
pprint.saferepr(x)
