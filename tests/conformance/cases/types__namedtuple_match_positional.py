from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis at {x}"
        case Point(x=x, y=y):
            return f"{x},{y}"
[where(Point(0, 0)), where(Point(2, 0)), where(Point(1, 2))]
# expect: ['origin', 'x-axis at 2', '1,2']
