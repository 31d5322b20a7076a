from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int
class Labeled(Point):
    def label(self):
        return f"({self.x}, {self.y})"
Labeled(1, 2).label()
# expect: '(1, 2)'
