# Attacks: namedtuple methods (asdict/replace/fields) on foreign receivers.
# Held: a clean PtcError.
import collections, re
P = collections.namedtuple("P", "x y")
out = []
for name in ["count", "index"]:
    try:
        out.append(getattr(P, name)(re.I, 1))
    except Exception as e:
        out.append(type(e).__name__)
out
