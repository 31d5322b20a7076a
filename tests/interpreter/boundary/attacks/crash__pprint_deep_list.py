# Attacks: pformat of a list nested 100k deep: CPython's printer recurses once per level.
# Held: a clean PtcError (max_nesting_depth), the process survives.
# expect: error
import pprint
x = []
for _ in range(100_000):
    x = [x]
pprint.pprint(x)
