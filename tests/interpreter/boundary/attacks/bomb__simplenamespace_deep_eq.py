# Attacks: == of two SimpleNamespaces holding 100,000-deep nested lists.
# Held: a clean PtcError.
# expect: error
import types
x = []
y = []
for _ in range(100000):
    x = [x]
    y = [y]
types.SimpleNamespace(a=x) == types.SimpleNamespace(a=y)
