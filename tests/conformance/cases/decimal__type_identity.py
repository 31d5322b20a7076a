import decimal
d = decimal.Decimal('1')
(type(d).__name__, repr(type(d)), type(d) is decimal.Decimal, isinstance(d, decimal.Decimal), isinstance(1, decimal.Decimal), repr(decimal.Context), issubclass(decimal.DivisionByZero, ZeroDivisionError))
# expect: ('Decimal', "<class 'decimal.Decimal'>", True, True, False, "<class 'decimal.Context'>", True)
