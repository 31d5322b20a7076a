from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
try:
    Point(1, 2, 3)
except TypeError as e:
    r = str(e)
r
# expect: 'Point.__new__() takes from 2 to 3 positional arguments but 4 were given'
