import decimal
try:
    decimal.Decimal('12,5')
except decimal.InvalidOperation as e:
    r = (type(e).__name__, str(e), isinstance(e, ArithmeticError))
r
# expect: ('InvalidOperation', "[<class 'decimal.ConversionSyntax'>]", True)
