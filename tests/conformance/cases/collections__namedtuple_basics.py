from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
(repr(p), p.x + p.y, tuple(p), p == (1, 2), type(p).__name__)
# expect: ('P(x=1, y=2)', 3, (1, 2), True, 'P')
