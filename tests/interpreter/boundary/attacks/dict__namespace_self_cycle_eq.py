# Attacks: SimpleNamespace's live __dict__ (and plain attributes) let a namespace hold itself, and
# another namespace hold that one. `==` weighs both attribute dicts and then compares them natively:
# the native comparison re-enters SimpleNamespace.__eq__ for each nested pair and, on a cycle of
# distinct namespaces, recurses without end on the host stack.
# Held: a clean error (CPython: RecursionError) or a value, never a crash or internal error.
# expect: error
from types import SimpleNamespace
a = SimpleNamespace()
b = SimpleNamespace()
a.__dict__["me"] = b
b.__dict__["me"] = a
c = SimpleNamespace()
d = SimpleNamespace()
c.me = d
d.me = c
a == c
