from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(3)
repr((p, p.x, p.y, p._asdict(), p._replace(y=4), Point._fields, Point._field_defaults, p == (3, 0), str(p)))
# expect: "(Point(x=3, y=0), 3, 0, {'x': 3, 'y': 0}, Point(x=3, y=4), ('x', 'y'), {'y': 0}, True, 'Point(x=3, y=0)')"
