# Attacks: SimpleNamespace.__dict__ is the live attribute dict, so it can hold keys no attribute
# assignment could: ints, tuples, None. A failed attribute read then computes its did-you-mean hint
# over those keys (`c[:1]`, sorting, difflib), which assume str names: a host TypeError out of an
# attribute read, where CPython raises the plain AttributeError.
# Held: each read raises AttributeError with CPython's message, nothing else.
# expect: value ["'types.SimpleNamespace' object has no attribute 'missing'", "'types.SimpleNamespace' object has no attribute 'missing'", "'types.SimpleNamespace' object has no attribute 'missing'", False]
from types import SimpleNamespace
out = []
for key in (5, (1, 2), None):
    ns = SimpleNamespace(alpha=1, missin=2)
    ns.__dict__[key] = "odd"
    ns.__dict__["zeta"] = 3
    try:
        ns.missing
        out.append("read")
    except AttributeError as e:
        out.append(str(e))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
out.append(hasattr(ns, "missing"))
out
