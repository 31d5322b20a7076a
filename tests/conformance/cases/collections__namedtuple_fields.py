from collections import namedtuple
P = namedtuple("P", "x y")
(P._fields, P(1, 2)._asdict(), repr(P(1, 2)._replace(y=5)))
# expect: (('x', 'y'), {'x': 1, 'y': 2}, 'P(x=1, y=5)')
