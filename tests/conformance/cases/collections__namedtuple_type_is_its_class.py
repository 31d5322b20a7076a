from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")


class Q(NamedTuple):
    a: int


p, q = P(1, 2), Q(1)
(type(p) is P, type(q) is Q, type(P._make([1, 2])) is P, type(p._replace(x=5)) is P, type(p)(3, 4) == (3, 4), type(p).__name__)
# expect: (True, True, True, True, True, 'P')
