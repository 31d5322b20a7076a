from collections import namedtuple
Pt = namedtuple('Pt', 'a b')
match Pt(3, 4):
    case Pt(a, 4):
        r = a
r
# expect: 3
# expect: 3
