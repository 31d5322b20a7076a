import math
from decimal import Decimal
d = Decimal('-12.75')
(int(d), float(d), round(d), str(round(d, 1)), math.floor(d), math.ceil(d), math.trunc(d), abs(d) == Decimal('12.75'), bool(Decimal('0.00')))
# expect: (-12, -12.75, -13, '-12.8', -13, -12, -12, True, False)
