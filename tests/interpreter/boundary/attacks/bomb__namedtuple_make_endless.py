# Attacks: namedtuple._make of an endless iterator (itertools.count) through an instance.
# Held: a clean PtcError within the caps.
# expect: error
from collections import namedtuple
import itertools
P = namedtuple("P", "a b")
P(1, 2)._make(itertools.count())
