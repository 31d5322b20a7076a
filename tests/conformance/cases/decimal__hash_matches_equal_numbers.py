from decimal import Decimal
from fractions import Fraction
(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7), hash(Decimal('0.5')) == hash(Fraction(1, 2)), {Decimal('2.0'): 'x'}[2], len({Decimal('1.0'), Decimal('1.00'), 1}))
# expect: (True, True, True, 'x', 1)
