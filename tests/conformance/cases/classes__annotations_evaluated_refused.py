class Point:
    x: int
    y: int
Point.__annotations__
# expect: {'x': <class 'int'>, 'y': <class 'int'>}
