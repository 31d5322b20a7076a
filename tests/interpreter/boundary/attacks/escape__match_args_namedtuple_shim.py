# Attacks: positional class patterns against shim named tuples (sys.version_info, urllib ParseResult) and dataclass match_args with more patterns than fields.
# Held: correct matches or clean TypeErrors.
import sys, urllib.parse
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int
out = []
for v in (sys.version_info, urllib.parse.urlparse("http://h/p"), P(1, 2)):
    try:
        match v:
            case P(a, b, c):
                out.append(("P3", a))
            case P(a, b):
                out.append(("P", a, b))
            case urllib.parse.ParseResult(s, n):
                out.append(("PR", s, n))
            case tuple((m, n, *rest)):
                out.append(("t", m, n))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
out
