class Point:
    def __init__(self, x):
        self.x = x
p = Point(2)
[p.__class__ is Point, type(p) is p.__class__, p.__class__(5).x, p.__class__.__name__, Point.__class__ is type]
# expect: [True, True, 5, 'Point', True]
