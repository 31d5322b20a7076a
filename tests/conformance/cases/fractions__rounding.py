import math
from fractions import Fraction as F
(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), repr(round(F(1, 3), 2)), math.floor(F(-7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), int(F(7, 3)))
# expect: (2, 4, -2, 'Fraction(33, 100)', -4, 4, -3, 2)
