# Attacks: copy.deepcopy of 100k-deep nested dicts.
# Held: a clean PtcError.
import copy
x = {}
for i in range(100_000):
    x = {"a": x}
y = copy.deepcopy(x)
