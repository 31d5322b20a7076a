from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
(p._asdict(), repr(p._replace(y=3)), P._fields, repr(P._make([5, 6])))
# expect: ({'x': 1, 'y': 2}, 'P(x=1, y=3)', ('x', 'y'), 'P(x=5, y=6)')
