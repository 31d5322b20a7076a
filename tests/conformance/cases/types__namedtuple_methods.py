from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int
    def norm(self):
        return abs(self.x) + abs(self.y)
    @property
    def swapped(self):
        return Point(self.y, self.x)
    @classmethod
    def origin(cls):
        return cls(0, 0)
p = Point(3, -4)
repr((p.norm(), p.swapped, Point.origin(), p.origin()))
# expect: '(7, Point(x=-4, y=3), Point(x=0, y=0), Point(x=0, y=0))'
