# Attacks: == of two SimpleNamespaces holding equal DAG-shaped lists: SimpleNamespace.__eq__ compares the attribute dicts natively, with no weighing.
# Held: a clean PtcError within the CPU cap.
# expect: error
import types
x = [1]
y = [1]
for _ in range(40):
    x = [x, x]
    y = [y, y]
types.SimpleNamespace(a=x) == types.SimpleNamespace(a=y)
