from decimal import Decimal
try:
    Decimal(1) / Decimal(0)
except ZeroDivisionError as e:
    r = (type(e).__name__, str(e))
r
# expect: ('DivisionByZero', "[<class 'decimal.DivisionByZero'>]")
