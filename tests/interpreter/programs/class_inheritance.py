# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"

class Rectangle(Shape):
    sides = 4

    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        Shape.__init__(self, "triangle")
        self.base = base
        self.height = height

    def area(self):
        return 0.5 * self.base * self.height

shapes = [Rectangle(3, 4), Square(5), Triangle(6, 2.5), Shape("point")]
for s in shapes:
    print(s.describe())
{"total": sum(s.area() for s in shapes), "squares": sum(isinstance(s, Rectangle) for s in shapes), "kinds": [type(s).__name__ for s in shapes]}
