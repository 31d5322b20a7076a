# Attacks: uuid.NAMESPACE_DNS is one host object shared by every run: setattr, __init__ through getattr/attrgetter/str.format, and a dataclass-generated __init__ called on it.
# Held: every write refused; uuid.NAMESPACE_DNS unchanged for later runs.
import uuid, operator
from dataclasses import dataclass
@dataclass
class D:
    int: int
out = []
ns = uuid.NAMESPACE_DNS
for attempt in (
    lambda: setattr(ns, "int", 5),
    lambda: getattr(ns, "__init__")(int=5),
    lambda: operator.attrgetter("__init__")(ns)(int=5),
    lambda: "{0.__init__}".format(ns),
    lambda: D.__init__(ns, 5),
    lambda: operator.methodcaller("__init__", int=5)(ns),
):
    try:
        attempt()
        out.append("ok")
    except Exception as e:
        out.append(type(e).__name__)
(out, str(uuid.NAMESPACE_DNS))
