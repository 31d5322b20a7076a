from decimal import Decimal, InvalidOperation
out = [Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1]
try:
    Decimal('NaN') < 1
except InvalidOperation as e:
    out.append(str(e))
out
# expect: [False, True, "[<class 'decimal.InvalidOperation'>]"]
