# Attacks: == of two chains of 20,000 nested SimpleNamespaces (each level's __eq__ recurses through a native dict compare).
# Held: a clean PtcError; the process survives.
# expect: error
import types
a = types.SimpleNamespace()
b = types.SimpleNamespace()
for _ in range(20000):
    a = types.SimpleNamespace(x=a)
    b = types.SimpleNamespace(x=b)
a == b
