# Attacks: namedtuple._make(range(10**8)): the iterable is turned into a tuple natively, uncharged, before its length is checked.
# Held: a clean PtcError within the caps.
# expect: error
from collections import namedtuple
P = namedtuple("P", "a b")
P._make(range(10**8))
