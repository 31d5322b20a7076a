# Attacks: class patterns with keyword sub-patterns naming `_` attributes (__class__, __dict__, __traceback__, _fields) and a program __match_args__ naming them.
# Held: no `_` attribute is read; clean errors or no match.
class C:
    __match_args__ = ("__class__", "__dict__")
    def __init__(self):
        self.a = 1
out = []
def probe(v):
    match v:
        case C(k, d):
            return ("positional", repr(k), repr(d))
        case object(__class__=k):
            return ("kw", repr(k))
        case _:
            return "none"
for v in (C(), 1, ValueError("x")):
    try:
        out.append(probe(v))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
try:
    match ValueError("x"):
        case BaseException(__traceback__=tb):
            out.append(repr(tb))
except Exception as e:
    out.append(type(e).__name__)
out
