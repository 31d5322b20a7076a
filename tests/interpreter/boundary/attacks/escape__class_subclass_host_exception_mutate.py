# Attacks: subclassing a host exception class then mutating attributes through super().
# Held: a clean PtcError or per-run effect only.
import json
class E(json.JSONDecodeError):
    pass
e = E("m", "doc", 0)
e.msg = "changed"
E.extra = 1
[str(e), e.msg, getattr(json.JSONDecodeError, "extra", "none")]
