# Attacks: namedtuple _replace with 20,000 unknown keyword names (the error message lists them all;
# 20,000 so that building and passing them fits the step budget: `**kw` costs a step per entry).
# Held: a clean PtcError within the caps.
# expect: runtime-error
from collections import namedtuple
P = namedtuple("P", "a b")
kw = {"k" + str(i): i for i in range(20000)}
P(1, 2)._replace(**kw)
