import math
from fractions import Fraction as F
(math.sqrt(F(1, 4)), math.isclose(F(1, 3), 1 / 3), float(F(1, 8)), math.log(F(8), 2), math.fsum([F(1, 2), F(1, 4)]))
# expect: (0.5, True, 0.125, 3.0, 0.75)
