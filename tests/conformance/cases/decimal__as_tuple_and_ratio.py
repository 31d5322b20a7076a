from decimal import Decimal
t = Decimal('-3.140').as_tuple()
(t.sign, t.digits, t.exponent, repr(t), Decimal('0.375').as_integer_ratio(), Decimal('1e3').as_integer_ratio())
# expect: (1, (3, 1, 4, 0), -3, 'DecimalTuple(sign=1, digits=(3, 1, 4, 0), exponent=-3)', (3, 8), (1000, 1))
