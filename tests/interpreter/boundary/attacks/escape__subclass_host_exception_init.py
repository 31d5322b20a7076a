# Attacks: a program subclass of JSONDecodeError with a doc object whose methods the host __init__ calls.
# Held: a clean PtcError or per-run effect only; no host code reaching program internals.
import json
class Doc:
    def count(self, *a):
        print("host called count", a)
        return 0
    def rfind(self, *a):
        print("host called rfind", a)
        return 0
class E(json.JSONDecodeError):
    pass
e = E("m", Doc(), 3)
[str(e), e.lineno, e.colno]
