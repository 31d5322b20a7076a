# Attacks: pformat of 100k references to one object whose __repr__ returns 900k characters
# (one repr call per element, each result huge), with a huge width.
# Held: a clean PtcError within the CPU cap and 1 GB.
# expect: error
import pprint
class R:
    def __repr__(self):
        return "r" * 900000
x = [R()] * 100000
s = pprint.pformat(x, width=10**9)
len(s)
