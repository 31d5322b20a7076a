# Attacks: repr of a 20,000-deep chain of SimpleNamespaces.
# Held: a clean PtcError; the process survives.
# expect: error
import types
a = types.SimpleNamespace()
for _ in range(20000):
    a = types.SimpleNamespace(x=a)
len(repr(a))
