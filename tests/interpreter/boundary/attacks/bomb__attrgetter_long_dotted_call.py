# Attacks: calling an attrgetter of 190,000 dotted parts: one allowlisted attribute lookup per part, uncharged, on every call.
# Held: a clean PtcError within the CPU cap.
# expect: error
import operator
g = operator.attrgetter("real." * 190000 + "real")
while True:
    g(1)
