from decimal import Decimal
prices = ['19.99', '5.01', '0.10', '0.20']
total = sum(Decimal(p) for p in prices)
(str(total), total == Decimal('25.30'), 0.1 + 0.2 == 0.3, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
# expect: ('25.30', True, False, True)
