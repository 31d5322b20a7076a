# Attacks: an attrgetter of 100,000 names: every call builds a 100,000-element tuple of lookups, uncharged.
# Held: a clean PtcError within the CPU cap.
# expect: error
import operator
g = operator.attrgetter(*["real"] * 100000)
while True:
    g(1)
