# Attacks: attrgetter over a cyclic program object chain (a.next = a) with 240,000 parts.
# Held: a clean PtcError.
# expect: error
import operator
class N:
    pass
n = N()
n.nxt = n
g = operator.attrgetter("nxt." * 240000 + "nxt")
g(n)
