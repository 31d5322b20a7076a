# Attacks: an itemgetter of 100,000 int items: every call builds a 100,000-element tuple natively, uncharged (only non-scalar items are charged).
# Held: a clean PtcError within the CPU cap.
# expect: error
import operator
g = operator.itemgetter(*range(100000))
x = list(range(100000))
while True:
    g(x)
