from enum import Enum
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2
(Shape.ALIAS is Shape.SQUARE, list(Shape), len(Shape), list(Shape.__members__), Shape(2).name)
# expect: (True, [<Shape.SQUARE: 2>, <Shape.DIAMOND: 1>], 2, ['SQUARE', 'DIAMOND', 'ALIAS'], 'SQUARE')
