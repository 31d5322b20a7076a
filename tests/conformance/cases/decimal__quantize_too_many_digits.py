from decimal import Decimal, InvalidOperation, getcontext
getcontext().prec = 5
try:
    Decimal('123456.7').quantize(Decimal('0.01'))
except InvalidOperation as e:
    r = str(e)
r
# expect: "[<class 'decimal.InvalidOperation'>]"
