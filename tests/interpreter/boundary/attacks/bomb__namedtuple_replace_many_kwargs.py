# Attacks: namedtuple _replace with 100,000 unknown keyword names (the error message lists them all).
# Held: a clean PtcError within the caps.
# expect: runtime-error
from collections import namedtuple
P = namedtuple("P", "a b")
kw = {"k" + str(i): i for i in range(100000)}
P(1, 2)._replace(**kw)
