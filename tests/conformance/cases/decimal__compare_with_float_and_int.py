from decimal import Decimal
(Decimal('1.5') == 1.5, Decimal('0.1') == 0.1, Decimal(2) == 2, Decimal('2.0') == 2, Decimal('1.5') < 2, Decimal('1.5') > 1.25, max(Decimal('1'), 2, 1.5))
# expect: (True, False, True, True, True, True, 2)
