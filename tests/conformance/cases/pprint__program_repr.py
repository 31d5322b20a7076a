import pprint
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
print(pprint.pformat([Point(i, i * i) for i in range(6)], width=40))
# expect: None
