# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(center=Point(x=0, y=0), radius=r):
            return f"centered circle r={r}"
        case Circle(radius=r) if r > 10:
            return "big circle"
        case [Point() as p, *rest]:
            return f"path starting at ({p.x}, {p.y}) with {len(rest)} more"
        case {"kind": "point", "coords": [x, y]}:
            return f"dict point {x},{y}"
        case str() as s if s:
            return f"label {s!r}"
        case _:
            return "other"

shapes = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 2), Circle(Point(1, 1), 20), [Point(1, 1), Point(2, 2)], {"kind": "point", "coords": [4, 5]}, "tag", ""]
[where(s) for s in shapes]
