from fractions import Fraction
from decimal import Decimal
try:
    Fraction(1, 2) + Decimal('0.5')
except TypeError as e:
    r = str(e)
r
# expect: "unsupported operand type(s) for +: 'Fraction' and 'decimal.Decimal'"
