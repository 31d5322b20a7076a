# Attacks: list.index of a SimpleNamespace holding a DAG in a list of equal namespaces.
# Held: a clean PtcError within the CPU cap.
# expect: error
import types
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
[types.SimpleNamespace(a=y)].index(types.SimpleNamespace(a=x))
