from fractions import Fraction as F
from decimal import Decimal
(F(1, 3) < F(1, 2), F(2, 4) == F(1, 2), F(3) == 3, [repr(x) for x in sorted([F(2, 3), F(1, 2), F(5, 6)])], F(1, 2) == Decimal('0.5'), F(1, 2) < Decimal('0.6'), max(F(1, 3), 0.3))
# expect: (True, True, True, ['Fraction(1, 2)', 'Fraction(2, 3)', 'Fraction(5, 6)'], True, True, Fraction(1, 3))
